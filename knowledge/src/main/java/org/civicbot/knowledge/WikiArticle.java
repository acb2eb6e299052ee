package org.civicbot.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One wiki article. slug = file name without .md; topic is a free string such as "WASTE" (the classifier's
 * topic names), may be null. Keywords are copied so the record is immutable and safe to share between threads.
 */
public record WikiArticle(String slug, String title, String language, String topic, List<String> keywords,
                          String body) {

    static final int SUMMARY_MAX_CHARS = 400;

    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)");
    private static final Pattern UNDERSCORE_EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}])_([^_]+)_(?![\\p{L}\\p{N}])");
    private static final Pattern LINE_PREFIX = Pattern.compile("^\\s*(>\\s?|[-*+]\\s+|\\d+[.)]\\s+)");

    public WikiArticle {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        body = body == null ? "" : body;
    }

    /** First paragraph of the body, plain text, for a short chat reply (≤ ~400 chars, cut at a word boundary with "…"). */
    public String summary() {
        String paragraph = firstParagraph(body);
        if (paragraph.length() <= SUMMARY_MAX_CHARS) {
            return paragraph;
        }
        // Leave room for the ellipsis and never cut inside a word.
        int cut = paragraph.lastIndexOf(' ', SUMMARY_MAX_CHARS - 1);
        if (cut <= 0) {
            cut = SUMMARY_MAX_CHARS - 1;
        }
        String head = paragraph.substring(0, cut).stripTrailing();
        head = head.replaceAll("[\\s,;:.\\-–]+$", "");
        return head + "…";
    }

    /** The first block that is real prose: headings, rules and code fences are not a useful chat reply. */
    private static String firstParagraph(String markdown) {
        String[] blocks = markdown.replace("\r\n", "\n").split("\\n\\s*\\n");
        for (String block : blocks) {
            String trimmed = block.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("```")
                    || trimmed.matches("[-*_\\s]{3,}")) {
                continue;
            }
            String text = plainText(trimmed);
            if (!text.isEmpty()) {
                return text;
            }
        }
        return "";
    }

    private static String plainText(String block) {
        StringBuilder joined = new StringBuilder();
        for (String line : block.split("\n")) {
            String l = LINE_PREFIX.matcher(line).replaceFirst("").strip();
            if (!l.isEmpty()) {
                joined.append(joined.length() == 0 ? "" : " ").append(l);
            }
        }
        String text = IMAGE.matcher(joined).replaceAll("$1");
        text = LINK.matcher(text).replaceAll("$1");
        text = UNDERSCORE_EMPHASIS.matcher(text).replaceAll("$1");
        text = EMPHASIS.matcher(text).replaceAll("");
        return text.replaceAll("\\s+", " ").strip();
    }
}
