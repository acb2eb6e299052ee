package org.civicbot.classifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.civicbot.classifier.location.Location;
import org.civicbot.classifier.location.LocationKind;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labelled messages the bundled model is trained and measured on: {@code classifier/corpus/*.jsonl},
 * packaged under {@code org/civicbot/classifier/corpus/} with an {@code index.txt} naming the files.
 */
public final class TrainingCorpus {

    private static final String FOLDER = "corpus/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TrainingCorpus() {
    }

    /** Every message of the bundled corpus, both splits. */
    public static List<LabelledMessage> bundled() {
        List<LabelledMessage> messages = new ArrayList<>();
        try (BufferedReader index = open(FOLDER + "index.txt")) {
            for (String file : index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
                try (BufferedReader lines = open(FOLDER + file)) {
                    messages.addAll(read(lines, file));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("The bundled training corpus cannot be read: " + e.getMessage(), e);
        }
        return messages;
    }

    /**
     * Reads JSON Lines of labelled messages (the format of {@code classifier/corpus/README.md}).
     *
     * @throws IllegalArgumentException naming the source and line of the first bad line
     */
    public static List<LabelledMessage> read(Reader reader, String source) throws IOException {
        List<LabelledMessage> messages = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                messages.add(parse(JSON.readTree(line)));
            } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException(source + " line " + number + ": " + e.getMessage(), e);
            }
        }
        return messages;
    }

    private static LabelledMessage parse(JsonNode node) {
        String text = required(node, "text");
        List<Location> locations = new ArrayList<>();
        JsonNode spans = node.path("locations");
        for (JsonNode span : spans) {
            int start = span.get("start").asInt();
            int end = span.get("end").asInt();
            String covered = required(span, "text");
            if (end > text.length() || !text.substring(start, end).equals(covered)) {
                throw new IllegalArgumentException("location [" + start + ", " + end + ") does not cover '" + covered + "'");
            }
            String normalized = span.path("normalized").asString(covered);
            locations.add(Location.mention(LocationKind.valueOf(required(span, "kind")), covered, start, end, normalized));
        }
        return new LabelledMessage(required(node, "id"), node.path("split").asString(LabelledMessage.TRAIN),
                required(node, "language"), Category.valueOf(required(node, "category")),
                Topic.valueOf(required(node, "topic")), text, locations);
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException("missing text field '" + field + "'");
        }
        return value.asString();
    }

    private static BufferedReader open(String resource) throws IOException {
        InputStream in = TrainingCorpus.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing classpath resource org/civicbot/classifier/" + resource);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
