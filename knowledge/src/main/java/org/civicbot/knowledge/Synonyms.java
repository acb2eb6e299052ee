package org.civicbot.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Objects;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * A synonym list in the Solr format Lucene reads: one line of equivalent words or phrases separated by
 * commas ({@code sopor, avfall, hushållsavfall}), or {@code a, b => c} for a one-way mapping; {@code #}
 * starts a comment. Entries are analysed like the text they are matched against, so "soporna" matches
 * "sopor". Every wiki gets the bundled base list; a municipality's own list adds to it.
 */
public final class Synonyms {

    /** An editor's list is a page of text, not a thesaurus dump; this keeps index rebuilds quick. */
    public static final int MAX_CHARS = 200_000;
    private static final String BASE = "synonyms-base.txt";
    private static final Synonyms NONE = new Synonyms("");

    private final String text;

    private Synonyms(String text) {
        this.text = text;
    }

    public static Synonyms none() {
        return NONE;
    }

    /**
     * Checks the list (every line must parse with both analysis chains) and keeps it. Throws
     * IllegalArgumentException saying which line is wrong and why.
     */
    public static Synonyms parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_CHARS) {
            throw new IllegalArgumentException("synonym list is longer than " + MAX_CHARS + " characters");
        }
        Synonyms synonyms = new Synonyms(text.replace("\r\n", "\n"));
        for (Analysis chain : Analysis.values()) {
            synonyms.map(chain.stemmingAnalyzer());
        }
        return synonyms;
    }

    /** The bundled base list. */
    static Synonyms base() {
        try (InputStream in = Synonyms.class.getResourceAsStream(BASE)) {
            if (in == null) {
                throw new IllegalStateException(BASE + " is missing from the knowledge jar");
            }
            return new Synonyms(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text() {
        return text;
    }

    public boolean isEmpty() {
        return text.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("#"));
    }

    /** Both lists as one. */
    Synonyms and(Synonyms more) {
        return more.isEmpty() ? this : new Synonyms(text + "\n" + more.text);
    }

    /** The list as Lucene's map, entries analysed by the given chain (which must not itself add synonyms). */
    SynonymMap map(Analyzer analyzer) {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
        try {
            parser.parse(new StringReader(text));
            return parser.build();
        } catch (ParseException e) {
            // Lucene puts the line number in the message ("Invalid synonym rule at line 3") and the reason in the cause.
            String cause = e.getCause() == null ? "" : ": " + e.getCause().getMessage();
            throw new IllegalArgumentException("synonym list: " + e.getMessage() + cause, e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading an in-memory synonym list cannot fail", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Synonyms other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return "Synonyms[" + text.lines().count() + " lines]";
    }
}
