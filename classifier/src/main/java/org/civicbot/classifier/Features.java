package org.civicbot.classifier;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.sv.SwedishLightStemmer;

/**
 * Turns a message into the features the model weighs. Chosen by measurement on the held-out split (see
 * docs/classifier.md): folded word unigrams and bigrams, Swedish light stems, character 3–5-grams of the
 * folded words (they carry typos, compounds such as "gatlampan"/"gatubelysningen" and missing å/ä/ö),
 * punctuation and length, and the keyword lexicon's cues. URLs, mentions, numbers and emoji become
 * placeholder tokens so they count as a kind, not as themselves.
 */
final class Features {

    /** Groups of features, switched off one at a time by {@code evaluate --ablation} to measure each. */
    enum Group {
        WORDS, BIGRAMS, STEMS, CHAR_GRAMS, SHAPE, LEXICON_CUES;

        static final Set<Group> ALL = Collections.unmodifiableSet(EnumSet.allOf(Group.class));
    }

    /** Longest text analysed: enough for any real message, bounded so a 100 kB paste costs no more. */
    static final int MAX_CHARS = 4_000;

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern MENTION = Pattern.compile("@[\\p{L}\\p{N}_.]+");
    /** The keyword baseline's cue words, offered to the model as evidence it learns how far to trust. */
    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final int MIN_GRAM = 3;
    private static final int MAX_GRAM = 5;

    private Features() {
    }

    static List<String> of(String text, Set<Group> groups) {
        String clipped = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        String normal = Normalizer.normalize(clipped, Normalizer.Form.NFC);
        normal = URL.matcher(normal).replaceAll(" urltoken ");
        normal = MENTION.matcher(normal).replaceAll(" mentiontoken ");
        String lower = normal.toLowerCase(Locale.ROOT);

        List<String> words = words(lower);
        List<String> features = new ArrayList<>(words.size() * 12 + 4);
        SwedishLightStemmer stemmer = new SwedishLightStemmer();
        String previous = "<s>";
        boolean wordFeatures = groups.contains(Group.WORDS);
        boolean bigrams = groups.contains(Group.BIGRAMS);
        boolean stems = groups.contains(Group.STEMS);
        boolean charGrams = groups.contains(Group.CHAR_GRAMS);
        for (String word : words) {
            String folded = Text.fold(word);
            if (wordFeatures) {
                features.add("w:" + folded);
            }
            if (bigrams) {
                features.add("b:" + previous + "_" + folded);
            }
            previous = folded;
            if (Character.isLetter(word.charAt(0))) {
                if (stems) {
                    features.add("s:" + Text.fold(stem(stemmer, word)));
                }
                if (charGrams) {
                    charGrams("^" + folded + "$", features);
                }
            }
        }
        if (bigrams) {
            features.add("b:" + previous + "_</s>");
        }
        if (groups.contains(Group.SHAPE)) {
            if (lower.indexOf('?') >= 0) {
                features.add("p:question-mark");
            }
            if (lower.indexOf('!') >= 0) {
                features.add("p:exclamation");
            }
            features.add("n:" + Math.min(words.size() / 5, 6));
        }
        if (groups.contains(Group.LEXICON_CUES)) {
            List<Text.Token> tokens = Text.tokenize(Text.fold(lower));
            cues("lc:", LEXICON.score(Lexicon.CATEGORY, tokens), features);
            cues("lt:", LEXICON.score(Lexicon.TOPIC, tokens), features);
        }
        return features;
    }

    /** Words of letters and digits; numbers become "numtoken", each emoji its own word. */
    private static List<String> words(String lower) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = lower.length();
        while (i < n) {
            int cp = lower.codePointAt(i);
            int width = Character.charCount(cp);
            if (Character.isLetter(cp)) {
                int start = i;
                while (i < n && Character.isLetter(lower.codePointAt(i))) {
                    i += Character.charCount(lower.codePointAt(i));
                }
                words.add(lower.substring(start, i));
            } else if (Character.isDigit(cp)) {
                while (i < n && Character.isDigit(lower.codePointAt(i))) {
                    i += Character.charCount(lower.codePointAt(i));
                }
                words.add("numtoken");
            } else if (isEmoji(cp)) {
                words.add(new String(Character.toChars(cp)));
                i += width;
            } else {
                i += width;
            }
        }
        return words;
    }

    private static boolean isEmoji(int cp) {
        return Character.getType(cp) == Character.OTHER_SYMBOL && cp > 0x2000;
    }

    private static String stem(SwedishLightStemmer stemmer, String word) {
        char[] chars = word.toCharArray();
        return new String(chars, 0, stemmer.stem(chars, chars.length));
    }

    /** One feature per cued label, with how strong the cues were (1, 2, 3+). */
    private static void cues(String prefix, Map<String, Double> scores, List<String> out) {
        scores.forEach((label, score) -> out.add(prefix + label + ":" + (int) Math.min(Math.ceil(score), 3)));
    }

    private static void charGrams(String marked, List<String> out) {
        int length = marked.length();
        for (int size = MIN_GRAM; size <= MAX_GRAM; size++) {
            for (int start = 0; start + size <= length; start++) {
                out.add("c:" + marked.substring(start, start + size));
            }
        }
    }
}
