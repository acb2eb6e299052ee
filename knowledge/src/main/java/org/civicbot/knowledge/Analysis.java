package org.civicbot.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishMinimalStemFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The analysis chains, one per language the wiki is written in. Each folds case and diacritics (citizens write
 * "nar" for "när"), drops stop words and stems; the Swedish chain adds the parts of compounds
 * ({@link SwedishCompoundFilter}) so "sophämtning" also matches "hämtning av sopor"; questions also get synonyms.
 */
enum Analysis {

    SWEDISH("sv") {
        @Override
        TokenStream stem(TokenStream in) {
            // The minimal stemmer removes plural and definite endings only ("gatlamporna" → "gatlamp"); more
            // aggressive stemmers (snowball, the light stemmer, or both) conflate less consistently and measured
            // no better on the question set.
            return new SwedishMinimalStemFilter(in);
        }

        @Override
        CharArraySet stopWords() {
            return STOPS_SV;
        }
    },

    ENGLISH("en") {
        @Override
        TokenStream stem(TokenStream in) {
            return new PorterStemFilter(in);
        }

        @Override
        CharArraySet stopWords() {
            return STOPS_EN;
        }
    };

    private static final CharArraySet STOPS_SV = foldedStopSet(SwedishAnalyzer.getDefaultStopSet(), List.of(
            // Chat openers and question filler carry no subject and would only dilute coverage.
            "hej", "hejsan", "hallå", "tjena", "tjenare", "tack", "snälla", "ska", "skall", "vill", "undrar",
            "fråga", "veta", "får", "gör", "göra", "finns", "kommer", "ni", "era", "mitt", "min", "mina", "kan",
            "man", "vad", "vilken", "vilka", "vilket", "hur", "när", "var", "varför", "vem", "e", "va", "nån",
            "nåt", "någon", "något", "några", "bara", "också", "även", "mycket", "lite", "typ", "liksom", "ju",
            "väl", "nu", "idag", "här", "där", "det", "den", "de", "dom", "jag", "mig", "mej", "du", "dig", "vi",
            "oss", "går", "gå", "kunna", "behöver", "måste", "skulle", "kunde", "borde", "blir", "bli", "är",
            "vara", "har", "ha", "hade", "något", "osv", "mvh", "please", "ok", "okej"));
    private static final CharArraySet STOPS_EN = foldedStopSet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, List.of(
            // Lucene's English list is tiny; question words would otherwise count as unmatched terms.
            "hi", "hello", "hey", "hej", "thanks", "thank", "please", "what", "when", "where", "which", "who",
            "whom", "why", "how", "do", "does", "did", "can", "could", "would", "should", "i", "me", "my", "we",
            "us", "our", "you", "your", "am", "is", "are", "was", "were", "be", "been", "have", "has", "had",
            "get", "know", "want", "wonder", "about", "any", "there", "from", "need", "much", "many", "im", "it's",
            "it", "its", "i'm", "dont", "don't", "got", "will", "just", "still", "some", "anyone", "someone",
            "municipality", "kommun", "kommunen"));

    /** Language code whose articles and questions use this chain. */
    final String language;

    Analysis(String language) {
        this.language = language;
    }

    abstract TokenStream stem(TokenStream in);

    abstract CharArraySet stopWords();

    /** English for "en"; everything else gets the Swedish chain, as the wiki is Swedish-first. */
    static Analysis forLanguage(String language) {
        return ENGLISH.language.equals(language) ? ENGLISH : SWEDISH;
    }

    /**
     * The chain articles and questions are analysed with: folded, without stop words, Swedish compounds split
     * into their parts (before stemming, so "bibliotekskortet" splits into "bibliotek" and "kortet"), stemmed.
     */
    Analyzer analyzer(CompoundSplitter compounds) {
        Analysis chain = this;
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = chain.withoutStopWords(source);
                if (chain == SWEDISH && compounds != null) {
                    ts = new SwedishCompoundFilter(ts, compounds);
                }
                return new TokenStreamComponents(source, chain.stem(ts));
            }
        };
    }

    /**
     * The chain without compound splitting, with the synonyms added (Lucene's graph filter; its tokens keep the
     * offsets of the words they stand for). Synonyms are added to questions only, so an edit to the list
     * takes effect without re-indexing the wording of the articles.
     */
    Analyzer synonymAnalyzer(SynonymMap synonyms) {
        Analysis chain = this;
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = chain.stem(chain.withoutStopWords(source));
                return new TokenStreamComponents(source, new SynonymGraphFilter(ts, synonyms, true));
            }
        };
    }

    /** The chain up to stemming: what synonym entries are analysed with. */
    Analyzer stemmingAnalyzer() {
        return analyzer(null);
    }

    /** Four-letter pieces of every folded word, for matching what word analysis misses. Language-neutral. */
    static Analyzer gramAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source,
                        new NGramTokenFilter(new ASCIIFoldingFilter(new LowerCaseFilter(source)), 4, 4, false));
            }
        };
    }

    /** Folded words without stop words, unstemmed: the vocabulary the compound splitter learns from. */
    Analyzer wordAnalyzer() {
        Analysis chain = this;
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, chain.withoutStopWords(source));
            }
        };
    }

    boolean isStopWord(String word) {
        return stopWords().contains(word);
    }

    private TokenStream withoutStopWords(Tokenizer source) {
        TokenStream ts = this == ENGLISH ? new EnglishPossessiveFilter(source) : source;
        // Fold before the stop filter and the stemmer so "när"/"nar" and "töms"/"toms" end up identical.
        ts = new ASCIIFoldingFilter(new LowerCaseFilter(ts));
        return new ClosedGaps(new StopFilter(ts, stopWords()));
    }

    /** Analysed terms of a text, in order of appearance, duplicates kept. */
    static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        forEachToken(analyzer, text, (term, start) -> out.add(term));
        return out;
    }

    /**
     * A question's terms grouped by the word they come from: each word with its compound parts (from the first
     * analyzer) and its synonyms (from the second) is one thing the question asks about. The word's own
     * term comes first in its group.
     */
    static List<List<String>> termGroups(Analyzer words, Analyzer synonyms, String text) {
        Map<Integer, List<String>> byStart = new TreeMap<>();
        TokenSink add = (term, start) -> {
            List<String> group = byStart.computeIfAbsent(start, s -> new ArrayList<>(2));
            if (!group.contains(term)) {
                group.add(term);
            }
        };
        forEachToken(words, text, add);
        forEachToken(synonyms, text, add);
        return new ArrayList<>(byStart.values());
    }

    private interface TokenSink {
        void accept(String term, int startOffset);
    }

    private static void forEachToken(Analyzer analyzer, String text, TokenSink sink) {
        if (text == null || text.isEmpty()) {
            return;
        }
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                sink.accept(term.toString(), offset.startOffset());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing in-memory text cannot fail", e);
        }
    }

    private static CharArraySet foldedStopSet(CharArraySet base, List<String> extra) {
        CharArraySet set = new CharArraySet(base.size() * 2 + extra.size(), true);
        for (Object word : base) {
            set.add(fold(new String((char[]) word)));
        }
        extra.forEach(w -> set.add(fold(w)));
        return CharArraySet.unmodifiableSet(set);
    }

    static String fold(String word) {
        char[] in = word.toLowerCase(Locale.ROOT).toCharArray();
        char[] out = new char[in.length * 4];
        int len = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, len);
    }

    /**
     * Closes the gaps stop words leave. Only term matching is used, never phrases, and without gaps a
     * multi-word synonym such as "hämtning av sopor" matches the question "hämtning av sopor".
     */
    private static final class ClosedGaps extends TokenFilter {
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

        ClosedGaps(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (increment.getPositionIncrement() > 1) {
                increment.setPositionIncrement(1);
            }
            return true;
        }
    }
}
