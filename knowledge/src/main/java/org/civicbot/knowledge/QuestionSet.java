package org.civicbot.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Questions with the article that answers each (null: no article does), in JSON Lines:
 * {@code {"id", "split": "train"|"test", "language", "text", "article": slug|null}}.
 */
record QuestionSet(List<Question> questions) {

    static final String TRAIN = "train";
    static final String TEST = "test";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Question(String id, String split, String language, String text, String article) {

        boolean answerable() {
            return article != null;
        }
    }

    static QuestionSet read(Path file) throws IOException {
        List<Question> questions = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                String text = node.path("text").asString(null);
                if (text == null) {
                    throw new IllegalArgumentException(file + " line " + (i + 1) + ": no \"text\"");
                }
                JsonNode article = node.path("article");
                questions.add(new Question(node.path("id").asString("line-" + (i + 1)),
                        node.path("split").asString(TEST), node.path("language").asString(null), text,
                        article.isString() ? article.asString() : null));
            } catch (JacksonException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + " is not JSON: " + e.getOriginalMessage(), e);
            }
        }
        return new QuestionSet(List.copyOf(questions));
    }

    /** The questions of one split; "all" for every question. */
    List<Question> split(String split) {
        return "all".equals(split) ? questions : questions.stream().filter(q -> q.split().equals(split)).toList();
    }
}
