package org.civicbot.bot.wiki;

import java.util.concurrent.atomic.AtomicReference;

import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.knowledge.AnswerFinder;
import org.civicbot.knowledge.Synonyms;
import org.civicbot.knowledge.Wiki;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The wiki the bot answers from now: an {@link AnswerFinder} over the published articles and the synonym list.
 * It is rebuilt after every change made on this instance, and {@link #refresh()} (every few seconds) picks up
 * changes made on another. A question being answered finishes on the finder it started with.
 */
@Component
public class ActiveWiki {

    private static final Logger log = LoggerFactory.getLogger(ActiveWiki.class);

    /** A finder and the wiki version it was built from. */
    private record Built(long version, AnswerFinder finder) {
    }

    private final WikiRepository repository;
    private final String publicBaseUrl;
    private final AtomicReference<Built> current;

    public ActiveWiki(WikiRepository repository, CivicbotProperties properties) {
        this.repository = repository;
        this.publicBaseUrl = properties.publicBaseUrl().replaceAll("/+$", "");
        this.current = new AtomicReference<>(build());
    }

    public AnswerFinder finder() {
        return current.get().finder();
    }

    /** The address of the article's public page, for replies and links. */
    public String publicUrl(String slug) {
        return publicBaseUrl + "/wiki/" + slug;
    }

    /** Rebuilds when another instance changed the wiki since the finder in use was built. */
    public void refresh() {
        if (repository.version() != current.get().version()) {
            rebuild();
        }
    }

    /** Builds a finder from the wiki as it is now and uses it, unless a newer one got in first. */
    void rebuild() {
        Built built = build();
        Built used = current.accumulateAndGet(built, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
        if (used == built) {
            log.info("Wiki version {} in use: {} published article(s)", built.version(), built.finder().size());
        }
    }

    private Built build() {
        WikiRepository.Snapshot snapshot = repository.snapshot();
        return new Built(snapshot.version(), AnswerFinder.of(new Wiki(snapshot.published(), synonyms(snapshot))));
    }

    /** A stored list was valid when saved; should a newer library reject it, the bot answers without it. */
    private static Synonyms synonyms(WikiRepository.Snapshot snapshot) {
        try {
            return Synonyms.parse(snapshot.synonyms());
        } catch (IllegalArgumentException e) {
            log.error("The wiki's synonym list is not used until an editor corrects it: {}", e.getMessage());
            return Synonyms.none();
        }
    }
}
