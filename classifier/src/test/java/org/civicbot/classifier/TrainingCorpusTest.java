package org.civicbot.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The corpus is what the issue asked for: size, language mix, coverage, a fixed split, valid spans. */
class TrainingCorpusTest {

    private static final List<LabelledMessage> CORPUS = TrainingCorpus.bundled();

    @Test
    void hasAtLeast2500MessagesMostlySwedishWithEnglish() {
        Map<String, Long> byLanguage = CORPUS.stream().collect(Collectors.groupingBy(LabelledMessage::language, Collectors.counting()));

        assertThat(CORPUS).hasSizeGreaterThanOrEqualTo(2500);
        assertThat(byLanguage.get("sv")).isGreaterThanOrEqualTo(Math.round(CORPUS.size() * 0.70));
        assertThat(byLanguage.get("en")).isGreaterThanOrEqualTo(Math.round(CORPUS.size() * 0.15));
        assertThat(byLanguage.keySet()).isSubsetOf(LanguageDetection.SUPPORTED.values());
    }

    @Test
    void idsAndTextsAreUnique() {
        assertThat(CORPUS.stream().map(LabelledMessage::id)).doesNotHaveDuplicates();
        assertThat(CORPUS.stream().map(m -> m.text().strip())).doesNotHaveDuplicates();
    }

    @Test
    void everyCategoryAndTopicIsTrainedAndTested() {
        for (Category category : Category.values()) {
            assertThat(CORPUS).as(category.name()).filteredOn(m -> m.category() == category && m.heldOut()).isNotEmpty();
        }
        for (Topic topic : Topic.values()) {
            assertThat(CORPUS).as(topic.name()).filteredOn(m -> m.topic() == topic && m.heldOut()).isNotEmpty();
        }
    }

    @Test
    void aboutOneInFiveIsHeldOut() {
        double heldOut = CORPUS.stream().filter(LabelledMessage::heldOut).count() / (double) CORPUS.size();

        assertThat(heldOut).isBetween(0.17, 0.25);
    }

    @Test
    void manyMessagesNameAPlace() {
        assertThat(CORPUS.stream().filter(m -> !m.locations().isEmpty()).count()).isGreaterThan(CORPUS.size() / 3);
    }

    @Test
    void theIndexListsEveryCorpusFile() throws IOException {
        Path folder = Path.of("corpus");
        List<String> index = Files.readAllLines(folder.resolve("index.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsonl")).sorted())
                    .containsExactlyElementsOf(index);
        }
    }

    @Test
    void aBadLineIsReportedWithItsSourceAndNumber() {
        String lines = """
                {"id":"x-1","split":"train","language":"sv","category":"FAULT","topic":"WASTE","text":"Sopor","locations":[]}
                {"id":"x-2","split":"train","language":"sv","category":"BROKEN","topic":"WASTE","text":"Sopor","locations":[]}
                """;

        assertThatThrownBy(() -> TrainingCorpus.read(new StringReader(lines), "test.jsonl"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("test.jsonl line 2: ");
    }

    @Test
    void aSpanThatDoesNotCoverItsTextIsReported() {
        String line = """
                {"id":"x-1","language":"sv","category":"FAULT","topic":"WASTE","text":"Sopor på Storgatan","locations":[{"start":0,"end":5,"kind":"STREET","text":"Storgatan"}]}
                """;

        assertThatThrownBy(() -> TrainingCorpus.read(new StringReader(line), "t.jsonl"))
                .hasMessage("t.jsonl line 1: location [0, 5) does not cover 'Storgatan'");
    }
}
