package org.civicbot.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.civicbot.classifier.geocoding.Gazetteer;
import org.civicbot.classifier.geocoding.GazetteerGeocoder;
import org.civicbot.classifier.geocoding.Locator;
import org.junit.jupiter.api.Test;

class ClassifierCliTest {

    @Test
    void writesOneLinePerInputAndAnErrorLineForABadOne() throws IOException {
        String input = """
                {"id": "1", "text": "Gatlampan utanför Storgatan 12 är trasig"}
                this is not json
                {"id": "3"}

                {"id": "4", "text": "När töms soptunnorna i Våxnäs?"}
                """;
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Locator demo = new Locator(new GazetteerGeocoder(Gazetteer.demo()));
        ClassifierCli.classify(MessageClassifier.withDefaultModel(), demo,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("{\"id\":\"1\",\"language\":\"sv\",\"category\":\"FAULT\"")
                .contains("\"topic\":\"STREET_LIGHTING\"")
                .contains("\"locations\":[{\"text\":\"Storgatan 12\",\"start\":18,\"end\":30,\"kind\":\"ADDRESS\","
                        + "\"normalized\":\"Storgatan 12\",\"lat\":")
                .contains("\"source\":\"GAZETTEER\"");
        assertThat(lines.get(1)).isEqualTo("{\"id\":null,\"error\":\"line 2 is not valid JSON\"}");
        assertThat(lines.get(2)).isEqualTo("{\"id\":\"3\",\"error\":\"line 3 has no \\\"text\\\" string\"}");
        assertThat(lines.get(3)).startsWith("{\"id\":\"4\",\"language\":\"sv\",\"category\":\"QUESTION\"")
                .contains("\"kind\":\"PLACE\",\"normalized\":\"Våxnäs\"");
    }
}
