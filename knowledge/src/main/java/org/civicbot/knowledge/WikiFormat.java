package org.civicbot.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The wiki directory format: one Markdown file per article, named {@code <slug>.md}, starting with a YAML
 * front matter block ({@code title}, {@code language}, {@code topic}, {@code tags}, {@code aliases},
 * {@code updated}); optionally a {@code synonyms.txt} beside them (see {@link Synonyms}).
 */
public final class WikiFormat {

    public static final String SYNONYMS_FILE = "synonyms.txt";
    private static final String MD = ".md";
    private static final String README = "README.md";
    private static final String FENCE = "---";
    private static final Set<String> KEYS = Set.of("title", "language", "topic", "tags", "aliases", "updated");
    /** Front matter is a handful of lines; this bounds what a hostile file can make the YAML parser do. */
    private static final int MAX_FRONT_MATTER_CHARS = 20_000;

    private WikiFormat() {
    }

    /**
     * Parses one article file. Throws IllegalArgumentException naming the slug and what is wrong (no front
     * matter, unknown key, missing title or language, empty body, …).
     */
    public static WikiArticle parse(String slug, String markdown) {
        String where = "wiki article '" + slug + "': ";
        if (markdown == null) {
            throw new IllegalArgumentException(where + "no content");
        }
        // Editors save files from many tools: tolerate a BOM and Windows line ends.
        String text = (markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown)
                .replace("\r\n", "\n").replace('\r', '\n').stripLeading();
        if (!text.startsWith(FENCE + "\n")) {
            throw new IllegalArgumentException(where + "no front matter (the file must start with a line '---')");
        }
        int close = text.indexOf("\n" + FENCE, FENCE.length());
        while (close >= 0 && !atLineEnd(text, close + 1 + FENCE.length())) {
            close = text.indexOf("\n" + FENCE, close + 1);
        }
        if (close < 0) {
            throw new IllegalArgumentException(where + "front matter is not closed (missing second line '---')");
        }
        String yaml = text.substring(FENCE.length() + 1, close + 1);
        if (yaml.length() > MAX_FRONT_MATTER_CHARS) {
            throw new IllegalArgumentException(where + "front matter is longer than " + MAX_FRONT_MATTER_CHARS
                    + " characters");
        }
        Map<String, Object> fields = frontMatter(where, yaml);
        String body = text.substring(Math.min(text.length(), close + 1 + FENCE.length())).strip();
        if (body.isEmpty()) {
            throw new IllegalArgumentException(where + "body is empty (write the article text after the front matter)");
        }
        String title = string(where, fields, "title");
        String language = string(where, fields, "language");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException(where + "missing title in front matter");
        }
        if (language == null || language.isBlank()) {
            throw new IllegalArgumentException(where + "missing language in front matter (e.g. 'language: sv')");
        }
        return new WikiArticle(slug, title.strip(), Languages.normalize(language), string(where, fields, "topic"),
                list(where, fields, "tags"), list(where, fields, "aliases"), date(where, fields.get("updated")), body);
    }

    /** The article as a file in this format; {@link #parse} of the result gives the article back. */
    public static String format(WikiArticle article) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", article.title());
        fields.put("language", article.language());
        if (article.topic() != null) {
            fields.put("topic", article.topic());
        }
        fields.put("tags", article.tags());
        fields.put("aliases", article.aliases());
        if (article.updated() != null) {
            fields.put("updated", article.updated().toString());
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.FLOW);
        options.setWidth(Integer.MAX_VALUE);
        options.setAllowUnicode(true);
        String yaml = new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(options), options)
                .dumpAsMap(fields);
        // dumpAsMap writes one key per line; lists stay in flow style as the README shows them.
        return FENCE + "\n" + yaml + FENCE + "\n" + article.body().strip() + "\n";
    }

    /** The name of an article's file: its slug with {@code .md}. */
    public static String fileName(String slug) {
        return slug + MD;
    }

    /**
     * Whether a file of a wiki directory (or archive) holds an article: {@code *.md}, except a {@code README.md}
     * that describes the folder.
     */
    public static boolean isArticleFile(String fileName) {
        return fileName.endsWith(MD) && !fileName.equalsIgnoreCase(README);
    }

    /** Parses an article file, the slug taken from its name ({@code <slug>.md}). */
    public static WikiArticle parseFile(String fileName, String markdown) {
        if (!fileName.endsWith(MD)) {
            throw new IllegalArgumentException("'" + fileName + "' is not an article file (<slug>" + MD + ")");
        }
        return parse(fileName.substring(0, fileName.length() - MD.length()), markdown);
    }

    /** Every {@code *.md} directly in the directory, sorted by slug, and its synonyms file if there is one. */
    public static Wiki loadDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("wiki directory " + dir + " does not exist or is not a directory");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> isArticleFile(p.getFileName().toString()) && Files.isRegularFile(p))
                    .sorted().toList();
        }
        List<WikiArticle> articles = new ArrayList<>(files.size());
        for (Path file : files) {
            articles.add(parseFile(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
        }
        Path synonyms = dir.resolve(SYNONYMS_FILE);
        return new Wiki(articles, Files.isRegularFile(synonyms)
                ? Synonyms.parse(Files.readString(synonyms, StandardCharsets.UTF_8)) : Synonyms.none());
    }

    /** Writes each article as {@code <slug>.md} (and the synonyms file when there are any) into dir. */
    public static void writeDirectory(Path dir, Collection<WikiArticle> articles, Synonyms synonyms)
            throws IOException {
        Files.createDirectories(dir);
        for (WikiArticle article : articles.stream().sorted(Comparator.comparing(WikiArticle::slug)).toList()) {
            Files.writeString(dir.resolve(fileName(article.slug())), format(article), StandardCharsets.UTF_8);
        }
        if (!synonyms.isEmpty()) {
            Files.writeString(dir.resolve(SYNONYMS_FILE), synonyms.text(), StandardCharsets.UTF_8);
        }
    }

    private static boolean atLineEnd(String text, int index) {
        return index >= text.length() || text.charAt(index) == '\n';
    }

    private static Map<String, Object> frontMatter(String where, String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(10);
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(options)).load(yaml);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(where + "front matter is not valid YAML: "
                    + e.getMessage().replaceAll("\\s+", " "), e);
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(where + "front matter must be 'key: value' lines");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            String k = String.valueOf(key);
            if (!KEYS.contains(k)) {
                throw new IllegalArgumentException(where + "unknown front matter key '" + k + "' (known: title, "
                        + "language, topic, tags, aliases, updated)");
            }
            fields.put(k, value);
        });
        return fields;
    }

    private static String string(String where, Map<String, Object> fields, String key) {
        Object value = fields.get(key);
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value == null ? null : value.toString();
        }
        throw new IllegalArgumentException(where + "'" + key + "' must be a single value, not " + describe(value));
    }

    /** A YAML list, or one string (a lone value and a comma-separated line are common hand edits). */
    private static List<String> list(String where, Map<String, Object> fields, String key) {
        Object value = fields.get(key);
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        if (value instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> || item instanceof List<?>) {
                    throw new IllegalArgumentException(where + "'" + key + "' must be a list of words or phrases");
                }
                if (item != null && !item.toString().isBlank()) {
                    out.add(item.toString().strip());
                }
            }
            return out;
        }
        for (String part : string(where, fields, key).split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static LocalDate date(String where, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Date d) {
            // SnakeYAML reads an unquoted 2026-11-20 as midnight UTC.
            return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + "'updated' must be a date like 2026-11-20, was '" + value + "'");
        }
    }

    private static String describe(Object value) {
        return value instanceof List<?> ? "a list" : value instanceof Map<?, ?> ? "a mapping" : value.getClass().getSimpleName();
    }
}
