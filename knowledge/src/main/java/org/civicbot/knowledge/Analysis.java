package org.civicbot.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.SwedishStemmer;

/** The two analysis chains. Package-private: the chain is an implementation detail of {@link KnowledgeBase}. */
enum Analysis {

    SWEDISH("sv") {
        @Override
        Analyzer newAnalyzer() {
            CharArraySet stops = foldedStopSet(SwedishAnalyzer.getDefaultStopSet(), List.of(
                    // Chat openers and question filler: they carry no topic and would only dilute coverage.
                    "hej", "hejsan", "hallå", "tjena", "tack", "snälla", "ska", "skall", "vill", "undrar",
                    "fråga", "veta", "får", "gör", "göra", "finns", "kommer", "ni", "era", "mitt", "min"));
            return new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String fieldName) {
                    Tokenizer source = new StandardTokenizer();
                    // Fold before the stop filter and the stemmer so "när"/"nar" and "töms"/"toms" end up identical.
                    TokenStream ts = new LowerCaseFilter(source);
                    ts = new ASCIIFoldingFilter(ts);
                    ts = new StopFilter(ts, stops);
                    // Snowball alone keeps definite forms ("gatlampan", "biblioteket") apart from the base form;
                    // the light stemmer strips those endings first, then snowball handles plurals and the rest.
                    ts = new SwedishLightStemFilter(ts);
                    ts = new SnowballFilter(ts, new SwedishStemmer());
                    return new TokenStreamComponents(source, ts);
                }

                @Override
                protected TokenStream normalize(String fieldName, TokenStream in) {
                    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
                }
            };
        }
    },

    ENGLISH("en") {
        @Override
        Analyzer newAnalyzer() {
            CharArraySet stops = foldedStopSet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, List.of(
                    // Lucene's English list is tiny; question words would otherwise count as unmatched terms.
                    "hi", "hello", "hey", "hej", "thanks", "thank", "please", "what", "when", "where", "which", "who",
                    "whom", "why", "how", "do", "does", "did", "can", "could", "would", "should", "i", "me", "my",
                    "we", "us", "our", "you", "your", "am", "is", "are", "was", "were", "be", "been", "have", "has",
                    "had", "get", "know", "want", "wonder", "about", "any", "there", "from"));
            return new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String fieldName) {
                    Tokenizer source = new StandardTokenizer();
                    TokenStream ts = new EnglishPossessiveFilter(source);
                    ts = new LowerCaseFilter(ts);
                    ts = new ASCIIFoldingFilter(ts);
                    ts = new StopFilter(ts, stops);
                    ts = new PorterStemFilter(ts);
                    return new TokenStreamComponents(source, ts);
                }

                @Override
                protected TokenStream normalize(String fieldName, TokenStream in) {
                    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
                }
            };
        }
    };

    /** Language code whose articles and questions use this chain. */
    final String language;

    Analysis(String language) {
        this.language = language;
    }

    abstract Analyzer newAnalyzer();

    /** English for "en"; everything else (Swedish, unknown, null) gets the Swedish chain, as the wiki is Swedish-first. */
    static Analysis forLanguage(String language) {
        return ENGLISH.language.equals(language) ? ENGLISH : SWEDISH;
    }

    /** "sv-SE", "SV", "en_GB" → "sv", "sv", "en"; blank → null. */
    static String normalizeLanguage(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String l = language.strip().toLowerCase(Locale.ROOT);
        int sep = l.indexOf('-') >= 0 ? l.indexOf('-') : l.indexOf('_');
        return sep > 0 ? l.substring(0, sep) : l;
    }

    /** Analysed terms of a text, in order of appearance, duplicates kept. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing in-memory text cannot fail", e);
        }
        return out;
    }

    private static CharArraySet foldedStopSet(CharArraySet base, List<String> extra) {
        CharArraySet set = new CharArraySet(base.size() * 2 + extra.size(), true);
        for (Object word : base) {
            String w = new String((char[]) word);
            set.add(fold(w));
        }
        extra.forEach(w -> set.add(fold(w)));
        return CharArraySet.unmodifiableSet(set);
    }

    private static String fold(String word) {
        char[] in = word.toLowerCase(Locale.ROOT).toCharArray();
        char[] out = new char[in.length * 4];
        int len = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, len);
    }
}
