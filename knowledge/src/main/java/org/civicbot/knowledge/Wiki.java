package org.civicbot.knowledge;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A municipality's wiki: its articles and the synonym list its editors keep. */
public record Wiki(List<WikiArticle> articles, Synonyms synonyms) {

    public Wiki {
        articles = List.copyOf(articles);
        synonyms = synonyms == null ? Synonyms.none() : synonyms;
        Set<String> slugs = new HashSet<>();
        for (WikiArticle article : articles) {
            if (!slugs.add(article.slug())) {
                throw new IllegalArgumentException("two wiki articles have the slug '" + article.slug() + "'");
            }
        }
    }

    public static Wiki of(List<WikiArticle> articles) {
        return new Wiki(articles, Synonyms.none());
    }
}
