package org.civicbot.bot.wiki;

import java.time.Instant;

/**
 * The municipality's own synonym list as editors wrote it (format: {@code org.civicbot.knowledge.Synonyms}).
 * A wiki whose editors never saved one has the empty list, with no author.
 */
public record SynonymList(String text, String author, Instant updatedAt) {

    static final SynonymList NONE = new SynonymList("", null, null);
}
