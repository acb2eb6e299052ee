package org.civicbot.bot.wiki;

import java.time.Instant;

import org.civicbot.knowledge.WikiArticle;

/**
 * One saved version of an article; never changed afterwards.
 *
 * @param diff unified diff of the article file ({@code WikiFormat.format}) against the previous revision
 */
public record WikiRevision(int number, WikiArticle article, String author, Instant createdAt, String diff) {
}
