package org.civicbot.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

class ClassifierModelTest {

    private static final List<LabelledMessage> TINY = List.of(
            message("Gatlampan är trasig", Category.FAULT, Topic.STREET_LIGHTING),
            message("Lampan på gatan lyser inte", Category.FAULT, Topic.STREET_LIGHTING),
            message("När töms soptunnan?", Category.QUESTION, Topic.WASTE),
            message("Vilken dag hämtas soporna?", Category.QUESTION, Topic.WASTE));

    @Test
    void theSameTrainingDataGivesTheSameVersion() {
        assertThat(ClassifierModel.train(TINY).version()).isEqualTo(ClassifierModel.train(TINY).version());
        assertThat(ClassifierModel.train(TINY.subList(0, 3)).version()).isNotEqualTo(ClassifierModel.train(TINY).version());
    }

    @Test
    void aSavedModelLoadsAndDecidesTheSame() throws IOException {
        ClassifierModel model = ClassifierModel.train(TINY);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.save(bytes);

        ClassifierModel loaded = ClassifierModel.load(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(loaded.version()).isEqualTo(model.version());
        assertThat(MessageClassifier.withModel(loaded).classify("trasig lampa"))
                .isEqualTo(MessageClassifier.withModel(model).classify("trasig lampa"));
    }

    @Test
    void aStreamHoldingAnythingElseIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(bytes))) {
            out.writeObject(new File("/etc/passwd"));
        }

        assertThatThrownBy(() -> ClassifierModel.load(new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("Not a civicbot classifier model");
    }

    @Test
    void trainingOnNothingIsRefused() {
        assertThatThrownBy(() -> ClassifierModel.train(List.of())).hasMessage("Cannot train a classifier on no messages");
    }

    private static LabelledMessage message(String text, Category category, Topic topic) {
        return new LabelledMessage(text, LabelledMessage.TRAIN, "sv", category, topic, text, List.of());
    }
}
