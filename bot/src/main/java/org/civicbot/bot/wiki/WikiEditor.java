package org.civicbot.bot.wiki;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.knowledge.Synonyms;
import org.civicbot.knowledge.WikiArticle;
import org.civicbot.knowledge.WikiFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every change of the wiki: a new revision of an article, publishing, restoring an old revision, the synonym
 * list, and importing many articles at once. Each change is one transaction holding the wiki's version lock (so
 * changes happen in one order and revision numbers never collide); a change to what the bot answers from moves
 * the version on and rebuilds the {@link ActiveWiki}.
 */
@Service
public class WikiEditor {

    private static final Logger log = LoggerFactory.getLogger(WikiEditor.class);

    /** An article file is a page of text; this keeps one edit or import file from bloating every index. */
    public static final int MAX_ARTICLE_BYTES = 200_000;
    static final int MAX_AUTHOR_CHARS = 100;

    public enum Outcome {
        CREATED,
        REVISED,
        /** Nothing differed from the current revision, so none was written. */
        UNCHANGED
    }

    public record Saved(Outcome outcome, StoredArticle article) {
    }

    /**
     * Articles and, optionally, a synonym list to take in together.
     *
     * @param synonyms null leaves the wiki's list as it is
     */
    public record Import(List<WikiArticle> articles, Synonyms synonyms) {

        public Import {
            articles = List.copyOf(articles);
        }
    }

    public record ImportSummary(List<String> created, List<String> revised, int unchanged, boolean synonymsChanged) {
    }

    /** What a write did, and whether the bot's answers may have changed with it. */
    private record Written<T>(T result, boolean affectsAnswers) {
    }

    private final WikiRepository repository;
    private final ActiveWiki active;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ZoneId zone;

    public WikiEditor(WikiRepository repository, ActiveWiki active, TransactionTemplate transactions, Clock clock,
                      CivicbotProperties properties) {
        this.repository = repository;
        this.active = active;
        this.transactions = transactions;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    /**
     * Writes the article as a new revision, or creates it as an unpublished draft. An article without an
     * {@code updated} date gets today's when it changed, and keeps its date when nothing else changed.
     */
    public Saved save(WikiArticle article, String author) {
        String who = author(author);
        int bytes = WikiFormat.format(article).getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_ARTICLE_BYTES) {
            throw WikiRejectedException.tooLarge(String.format(Locale.ROOT,
                    "wiki article '%s' is %,d bytes as a file; the limit is %,d", article.slug(), bytes, MAX_ARTICLE_BYTES));
        }
        return write(now -> written(saveLocked(article, who, false, now)));
    }

    public StoredArticle publish(String slug, boolean published) {
        return write(now -> {
            StoredArticle article = repository.find(slug).orElseThrow(() -> WikiRejectedException.noArticle(slug));
            boolean changed = repository.setPublished(slug, published, now);
            return new Written<>(changed ? repository.find(slug).orElseThrow() : article, changed);
        });
    }

    /** Writes a new revision with the content of an old one (dated today, as any change without a date). */
    public Saved restore(String slug, int number, String author) {
        String who = author(author);
        WikiArticle undated = withUpdated(revision(slug, number).article(), null);
        return write(now -> written(saveLocked(undated, who, false, now)));
    }

    /** The revision, or a not-found saying whether the article or only the revision is missing. */
    public WikiRevision revision(String slug, int number) {
        return repository.revision(slug, number).orElseThrow(() -> repository.find(slug).isPresent()
                ? WikiRejectedException.notFound("Wiki article '" + slug + "' has no revision " + number)
                : WikiRejectedException.noArticle(slug));
    }

    public SynonymList saveSynonyms(Synonyms synonyms, String author) {
        String who = author(author);
        return write(now -> {
            boolean changed = saveSynonymsLocked(synonyms, who, now);
            return new Written<>(repository.synonyms(), changed);
        });
    }

    /**
     * Takes in every article and the synonym list in one transaction: all or nothing. New articles are published
     * (an import is the municipality's wiki, not drafts); existing ones get a new revision when they differ.
     */
    public ImportSummary importAll(Import wiki, String author) {
        String who = author(author);
        return write(now -> importLocked(wiki, who, now));
    }

    /** The first import of a new installation; does nothing when the wiki has any article or synonym list. */
    Optional<ImportSummary> importIfEmpty(Import wiki, String author) {
        return write(now -> {
            if (!repository.isEmpty()) {
                return new Written<>(Optional.<ImportSummary>empty(), false);
            }
            Written<ImportSummary> imported = importLocked(wiki, author, now);
            return new Written<>(Optional.of(imported.result()), imported.affectsAnswers());
        });
    }

    private Written<ImportSummary> importLocked(Import wiki, String author, Instant now) {
        List<String> created = new ArrayList<>();
        List<String> revised = new ArrayList<>();
        int unchanged = 0;
        boolean affectsAnswers = false;
        for (WikiArticle article : wiki.articles()) {
            Saved saved = saveLocked(article, author, true, now);
            switch (saved.outcome()) {
                case CREATED -> created.add(article.slug());
                case REVISED -> revised.add(article.slug());
                case UNCHANGED -> unchanged++;
            }
            affectsAnswers |= written(saved).affectsAnswers();
        }
        boolean synonymsChanged = wiki.synonyms() != null && saveSynonymsLocked(wiki.synonyms(), author, now);
        return new Written<>(new ImportSummary(created, revised, unchanged, synonymsChanged),
                affectsAnswers || synonymsChanged);
    }

    private Saved saveLocked(WikiArticle proposed, String author, boolean publishIfNew, Instant now) {
        Optional<StoredArticle> existing = repository.find(proposed.slug());
        WikiArticle previous = existing.map(StoredArticle::article).orElse(null);
        WikiArticle article = dated(proposed, previous, LocalDate.ofInstant(now, zone));
        if (article.equals(previous)) {
            return new Saved(Outcome.UNCHANGED, existing.get());
        }
        String diff = RevisionDiff.between(previous, article);
        if (existing.isEmpty()) {
            repository.insertArticle(article.slug(), publishIfNew, now);
            repository.insertRevision(1, article, author, now, diff);
            return new Saved(Outcome.CREATED, repository.find(article.slug()).orElseThrow());
        }
        int number = existing.get().revision() + 1;
        repository.insertRevision(number, article, author, now, diff);
        repository.setCurrentRevision(article.slug(), number, now);
        return new Saved(Outcome.REVISED, repository.find(article.slug()).orElseThrow());
    }

    private boolean saveSynonymsLocked(Synonyms synonyms, String author, Instant now) {
        if (synonyms.text().equals(repository.synonyms().text())) {
            return false;
        }
        repository.saveSynonyms(synonyms.text(), author, now);
        return true;
    }

    /** The article with its date: the one given, else the previous one if nothing else changed, else today. */
    private static WikiArticle dated(WikiArticle proposed, WikiArticle previous, LocalDate today) {
        if (proposed.updated() != null) {
            return proposed;
        }
        if (previous != null && withUpdated(proposed, previous.updated()).equals(previous)) {
            return previous;
        }
        return withUpdated(proposed, today);
    }

    private static WikiArticle withUpdated(WikiArticle a, LocalDate updated) {
        return new WikiArticle(a.slug(), a.title(), a.language(), a.topic(), a.tags(), a.aliases(), updated, a.body());
    }

    /** Drafts are invisible to the bot; only a change to a published article changes its answers. */
    private static Written<Saved> written(Saved saved) {
        return new Written<>(saved, saved.outcome() != Outcome.UNCHANGED && saved.article().published());
    }

    private <T> T write(Function<Instant, Written<T>> change) {
        Written<T> written = transactions.execute(status -> {
            repository.lockVersion();
            Written<T> done = change.apply(clock.instant());
            if (done.affectsAnswers()) {
                repository.bumpVersion();
            }
            return done;
        });
        if (written.affectsAnswers()) {
            try {
                active.rebuild();
            } catch (RuntimeException e) {
                // The change is committed and the editor is told so; the wiki refresh job builds it again.
                log.error("A wiki change is saved but the bot's answers could not be rebuilt yet", e);
            }
        }
        return written.result();
    }

    /** Who made a change, until sign-in says it: required, so every revision has an author. */
    private static String author(String author) {
        if (author == null || author.isBlank()) {
            throw WikiRejectedException.invalid("author is missing: say who makes the change");
        }
        String who = author.strip();
        if (who.length() > MAX_AUTHOR_CHARS) {
            throw WikiRejectedException.invalid("author is longer than " + MAX_AUTHOR_CHARS + " characters");
        }
        return who;
    }
}
