package org.civicbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class KnowledgeCliTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void answerWritesOneLinePerQuestionAndAnErrorForABadLine() throws Exception {
        Wiki wiki = WikiFormat.loadDirectory(Path.of("src/test/resources/fixture-wiki"));
        String input = """
                {"id": "1", "text": "när har simhallen öppet på helgerna", "language": "sv"}
                not json
                {"id": 3, "text": "Hur många invånare har Mars?"}
                {"id": "4"}
                """;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        KnowledgeCli.answer(AnswerFinder.of(wiki, AnswerCalibration.bundled().withThreshold(0.5)),
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        List<JsonNode> lines = bytes.toString(StandardCharsets.UTF_8).lines().map(JSON::readTree).toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).get("id").asString()).isEqualTo("1");
        assertThat(lines.get(0).get("article").asString()).isEqualTo("simhall");
        assertThat(lines.get(0).get("passage").asString()).contains("06–21");
        assertThat(lines.get(0).get("confidence").asDouble()).isBetween(0.5, 1.0);
        assertThat(lines.get(1).get("error").asString()).contains("line 2 is not JSON");
        assertThat(lines.get(2).get("id").asInt()).isEqualTo(3);
        assertThat(lines.get(2).get("article").isNull()).isTrue();
        assertThat(lines.get(3).get("error").asString()).contains("\"text\" must be a string");
    }

    @Test
    void evaluatePrintsOursAndThePlainBaselineInOneRun() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        KnowledgeCli.evaluate(WikiFormat.loadDirectory(Path.of("demo-wiki")),
                QuestionSet.read(Path.of("questions/questions.jsonl")), QuestionSet.TEST, java.util.Map.of(),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String report = bytes.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("Recall@1", "MRR", "wrong (all)", "abstain", "civicbot", "plain Lucene BM25");
    }
}
