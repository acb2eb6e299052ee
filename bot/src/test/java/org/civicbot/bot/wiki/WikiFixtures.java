package org.civicbot.bot.wiki;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Articles and archives as editors send them to the wiki API. */
final class WikiFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WikiFixtures() {
    }

    /** A Swedish article as the JSON an editor puts, for a test to add tags, aliases or a date to. */
    static ObjectNode article(String title, String body, String author) {
        return JSON.createObjectNode().put("title", title).put("language", "sv").put("body", body)
                .put("author", author);
    }

    /** The article with a list field (tags, aliases) set. */
    static ObjectNode with(ObjectNode article, String field, String... values) {
        var list = article.putArray(field);
        for (String value : values) {
            list.add(value);
        }
        return article;
    }

    /** An article file: front matter and Markdown body. */
    static String file(String title, String body) {
        return "---\ntitle: " + title + "\nlanguage: sv\n---\n" + body + "\n";
    }

    /** A zip archive holding these entries, in this order. */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
