package org.civicbot.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.civicbot.classifier.geocoding.Gazetteer;
import org.civicbot.classifier.geocoding.GazetteerGeocoder;
import org.civicbot.classifier.geocoding.Locator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void measuresRealReportsAgainstTheirPositions(@TempDir Path dir) throws IOException {
        Path reports = dir.resolve("reports.jsonl");
        Files.writeString(reports, """
                {"id":"a","text":"Gatlampan vid Storgatan 12 är släckt","lat":59.38185,"lon":13.50566}
                {"id":"b","text":"Det är mörkt här","lat":59.38,"lon":13.50}
                not json
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        LocationScore.reportPositions(reports, MessageClassifier.withDefaultModel(),
                new Locator(new GazetteerGeocoder(Gazetteer.demo())), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("3 messages (1 unreadable lines skipped); placed 1 (0.500)")
                .contains("within   100 m: 1 (0.500)").contains("median error of the placed: 0 m");
    }
}
