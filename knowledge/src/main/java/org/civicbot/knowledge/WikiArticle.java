package org.civicbot.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One wiki article: the front matter of a Markdown file and its body.
 *
 * @param slug     the file name without {@code .md}; lower-case letters, digits and hyphens
 * @param language ISO 639-1 code ({@code sv}, {@code en}, …)
 * @param topic    the classifier's topic code ({@code WASTE}, …), or null
 * @param tags     keywords editors attach to the article
 * @param aliases  other ways citizens ask for what the article answers
 * @param updated  date of the last change, or null when the file does not say
 * @param body     Markdown
 */
public record WikiArticle(String slug, String title, String language, String topic, List<String> tags,
                          List<String> aliases, LocalDate updated, String body) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    public WikiArticle {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("slug '" + slug
                    + "' must be 1–100 lower-case letters a–z, digits and hyphens, starting with a letter or digit");
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("article '" + slug + "': the title is empty");
        }
        if (!LANGUAGE.matcher(language).matches()) {
            throw new IllegalArgumentException("article '" + slug + "': language '" + language
                    + "' is not a two- or three-letter code such as 'sv' or 'en'");
        }
        topic = topic == null || topic.isBlank() ? null : topic.strip();
        tags = tags == null ? List.of() : List.copyOf(tags);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        body = body == null ? "" : body;
    }

    /** The body's answerable pieces, in order: each paragraph, list or quote with the heading above it. */
    public List<Passage> passages() {
        return Passage.split(body);
    }
}
