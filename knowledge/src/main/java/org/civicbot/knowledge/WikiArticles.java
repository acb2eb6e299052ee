package org.civicbot.knowledge;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Reads wiki articles: Markdown files that start with a small front-matter block. */
public final class WikiArticles {

    /** Name of the file that lists a classpath folder's articles, because a jar cannot be listed reliably. */
    public static final String INDEX_FILE = "index.txt";

    private static final String MD = ".md";
    private static final String FENCE = "---";

    private WikiArticles() {
    }

    /**
     * Parses one Markdown file with a front-matter block:
     * {@code ---\ntitle: ...\nlanguage: sv\ntopic: WASTE\nkeywords: sopor, soptunna, hämtning\n---\n<markdown body>}.
     * Throws IllegalArgumentException with a message naming the slug and what is wrong.
     */
    public static WikiArticle parse(String slug, String markdown) {
        if (slug == null || slug.isBlank()) {
            throw new IllegalArgumentException("wiki article: slug is missing");
        }
        String where = "wiki article '" + slug + "': ";
        if (markdown == null) {
            throw new IllegalArgumentException(where + "no content");
        }
        // Editors save files from many tools: tolerate a BOM and Windows line ends.
        String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
        List<String> lines = Arrays.asList(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));

        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first >= lines.size() || !lines.get(first).strip().equals(FENCE)) {
            throw new IllegalArgumentException(where + "no front matter (the file must start with a line '---')");
        }
        int close = -1;
        for (int i = first + 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(FENCE)) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new IllegalArgumentException(where + "front matter is not closed (missing second line '---')");
        }

        Map<String, String> fields = new HashMap<>();
        for (int i = first + 1; i < close; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(where + "front matter line " + (i + 1)
                        + " is not 'key: value': " + line);
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = unquote(line.substring(colon + 1).strip());
            if (fields.putIfAbsent(key, value) != null) {
                throw new IllegalArgumentException(where + "front matter key '" + key + "' appears twice");
            }
        }

        String title = fields.get("title");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException(where + "missing title in front matter");
        }
        String language = fields.get("language");
        if (language == null || language.isBlank()) {
            throw new IllegalArgumentException(where + "missing language in front matter (e.g. 'language: sv')");
        }
        language = language.strip().toLowerCase(Locale.ROOT);
        if (!language.matches("[a-z]{2,3}")) {
            throw new IllegalArgumentException(where + "language '" + language
                    + "' is not a two- or three-letter code such as 'sv' or 'en'");
        }
        String topic = fields.get("topic");
        topic = topic == null || topic.isBlank() ? null : topic.strip();
        List<String> keywords = parseKeywords(fields.get("keywords"));

        String body = String.join("\n", lines.subList(close + 1, lines.size())).strip();
        if (body.isEmpty()) {
            throw new IllegalArgumentException(where + "body is empty (write the article text after the front matter)");
        }
        return new WikiArticle(slug, title.strip(), language, topic, keywords, body);
    }

    /** Every *.md directly in a directory, sorted by slug. */
    public static List<WikiArticle> loadDirectory(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(MD) && Files.isRegularFile(p)).toList();
        }
        List<WikiArticle> articles = new ArrayList<>(files.size());
        for (Path file : files) {
            String name = file.getFileName().toString();
            articles.add(parse(slugOf(name), Files.readString(file, StandardCharsets.UTF_8)));
        }
        articles.sort(Comparator.comparing(WikiArticle::slug));
        return List.copyOf(articles);
    }

    /**
     * Every *.md in a classpath folder, as listed by the folder's {@code index.txt} (one file name a line, blank
     * lines and '#' comments ignored). Works from a directory and from inside a (Spring Boot fat) jar.
     */
    public static List<WikiArticle> loadClasspath(String folder, ClassLoader loader) throws IOException {
        ClassLoader cl = loader != null ? loader : WikiArticles.class.getClassLoader();
        String base = folder == null ? "" : folder.strip().replaceAll("^/+|/+$", "");
        String prefix = base.isEmpty() ? "" : base + "/";

        List<String> names = new ArrayList<>();
        try (InputStream index = cl.getResourceAsStream(prefix + INDEX_FILE)) {
            if (index == null) {
                throw new FileNotFoundException("no " + INDEX_FILE + " in classpath folder '" + base
                        + "' (it must list the folder's .md files, one per line)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String name = line.strip();
                if (name.startsWith("\uFEFF")) {
                    name = name.substring(1);
                }
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                if (!name.endsWith(MD) || name.contains("/") || name.contains("\\")) {
                    throw new IOException(prefix + INDEX_FILE + ": '" + name
                            + "' is not a plain file name ending in .md");
                }
                names.add(name);
            }
        }

        Set<String> seen = new LinkedHashSet<>();
        List<WikiArticle> articles = new ArrayList<>(names.size());
        for (String name : names) {
            if (!seen.add(name)) {
                continue; // a repeated line in the index is harmless
            }
            try (InputStream in = cl.getResourceAsStream(prefix + name)) {
                if (in == null) {
                    throw new FileNotFoundException(prefix + INDEX_FILE + " lists '" + name
                            + "' but there is no such classpath resource");
                }
                articles.add(parse(slugOf(name), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        articles.sort(Comparator.comparing(WikiArticle::slug));
        return List.copyOf(articles);
    }

    private static String slugOf(String fileName) {
        return fileName.substring(0, fileName.length() - MD.length());
    }

    private static String unquote(String value) {
        if (value.length() >= 2) {
            char a = value.charAt(0);
            char b = value.charAt(value.length() - 1);
            if ((a == '"' && b == '"') || (a == '\'' && b == '\'')) {
                return value.substring(1, value.length() - 1);
            }
        }
        return value;
    }

    /** Comma-separated; a YAML-style "[a, b]" list is accepted too since editors tend to write one. */
    private static List<String> parseKeywords(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        String list = raw.strip();
        if (list.startsWith("[") && list.endsWith("]")) {
            list = list.substring(1, list.length() - 1);
        }
        List<String> keywords = new ArrayList<>();
        for (String part : list.split(",")) {
            String k = unquote(part.strip()).strip();
            if (!k.isEmpty()) {
                keywords.add(k);
            }
        }
        return keywords;
    }
}
