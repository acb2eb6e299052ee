package org.civicbot.classifier;

import java.util.ArrayList;
import java.util.List;

/** Text helpers shared by the lexicon, the features and the location extractor. */
public final class Text {

    /** A token of the folded text; start/end are offsets into the original text. */
    record Token(String text, int start, int end) {
    }

    private Text() {
    }

    /**
     * Lower-cases and folds diacritics char by char, so the result has the same length as the input and
     * offsets carry over. Citizens often type "gatlampa pa storgatan" without å/ä/ö.
     */
    public static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            out[i] = switch (c) {
                case 'å', 'ä', 'á', 'à', 'â', 'æ' -> 'a';
                case 'ö', 'ø', 'ó', 'ò', 'ô' -> 'o';
                case 'é', 'è', 'ê', 'ë' -> 'e';
                case 'ü', 'ú' -> 'u';
                case '’' -> '\'';
                default -> c;
            };
        }
        return new String(out);
    }

    /**
     * Splits folded text into words (letters and digits, with inner apostrophes as in "doesn't") and
     * question marks, which are a question cue; a run of "???" is one token.
     */
    static List<Token> tokenize(String folded) {
        List<Token> tokens = new ArrayList<>();
        int n = folded.length();
        int i = 0;
        while (i < n) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(folded.charAt(i))
                        || folded.charAt(i) == '\'' && i + 1 < n && Character.isLetter(folded.charAt(i + 1)))) {
                    i++;
                }
                tokens.add(new Token(folded.substring(start, i), start, i));
            } else if (c == '?') {
                int start = i;
                while (i < n && folded.charAt(i) == '?') {
                    i++;
                }
                tokens.add(new Token("?", start, i));
            } else {
                i++;
            }
        }
        return tokens;
    }
}
