package org.civicbot.bot.wiki;

import java.time.Instant;

import org.civicbot.knowledge.WikiArticle;

/**
 * An article as the wiki keeps it: the content of its current revision, and whether the public (and the bot)
 * see it.
 *
 * @param revision  number of the current revision, from 1
 * @param author    who wrote the current revision
 * @param revisedAt when the current revision was written
 * @param updatedAt last change of any kind, publishing included
 */
public record StoredArticle(WikiArticle article, boolean published, int revision, String author, Instant revisedAt,
                            Instant createdAt, Instant updatedAt) {

    public String slug() {
        return article.slug();
    }
}
