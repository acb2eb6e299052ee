package org.civicbot.connectors.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a text travels as SMS: in which encoding, and in how many segments (each one a separately charged
 * message that the phone joins again).
 *
 * <p>A text made only of characters of the GSM 03.38 default alphabet goes as GSM-7: 160 characters in a single
 * SMS, 153 per segment once it is split (the rest of each segment holds the joining header). Characters of the
 * alphabet's extension table ({@code € [ ] { } \ ^ ~ |} and form feed) take two places, an escape and the
 * character, and a sender never splits the pair. One character outside the alphabet (an emoji, {@code ł},
 * {@code á}) sends the whole text as UCS-2: 70 places in a single SMS, 67 per segment, counted in UTF-16 code
 * units, so a character outside the Basic Multilingual Plane takes two and is never split either. National
 * language shift tables (Turkish, Spanish, Portuguese) are not used: Swedish needs none, and not every
 * network supports them.
 */
public final class SmsSegments {

    /** How the text is encoded, with its capacities in places (septets or UTF-16 code units). */
    public enum Encoding {
        GSM_7(160, 153),
        UCS_2(70, 67);

        private final int single;
        private final int perSegment;

        Encoding(int single, int perSegment) {
            this.single = single;
            this.perSegment = perSegment;
        }

        /** The most places a text sent as one SMS may take. */
        public int single() {
            return single;
        }

        /** The most places each segment of a split text may take. */
        public int perSegment() {
            return perSegment;
        }
    }

    /** GSM 03.38 default alphabet, without the escape to the extension table. */
    private static final String GSM_7_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** GSM 03.38 extension table: each is sent as escape + character. */
    private static final String GSM_7_EXTENSION = "\f^{}\\[~]|€";

    private SmsSegments() {
    }

    public static Encoding encoding(String text) {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GSM_7_BASIC.indexOf(c) < 0 && GSM_7_EXTENSION.indexOf(c) < 0) {
                return Encoding.UCS_2;
            }
        }
        return Encoding.GSM_7;
    }

    /** The number of SMS the text is sent as; an empty text is one (empty) SMS. */
    public static int count(String text) {
        return split(text).size();
    }

    /**
     * The text as the segments a sender sends, in order: the text itself when it fits one SMS, otherwise as
     * many full segments as needed, none ending inside an escape pair or a surrogate pair.
     */
    public static List<String> split(String text) {
        Encoding encoding = encoding(text);
        if (places(text, encoding) <= encoding.single()) {
            return List.of(text);
        }
        List<String> segments = new ArrayList<>();
        int start = 0;
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            int cost = places(text.substring(i, next), encoding);
            if (used + cost > encoding.perSegment()) {
                segments.add(text.substring(start, i));
                start = i;
                used = 0;
            }
            used += cost;
            i = next;
        }
        segments.add(text.substring(start));
        return List.copyOf(segments);
    }

    /** Septets for GSM-7, UTF-16 code units for UCS-2. */
    private static int places(String text, Encoding encoding) {
        if (encoding == Encoding.UCS_2) {
            return text.length();
        }
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            septets += GSM_7_EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
        }
        return septets;
    }
}
