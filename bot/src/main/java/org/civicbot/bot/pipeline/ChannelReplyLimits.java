package org.civicbot.bot.pipeline;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicbot.connectors.Channel;
import org.civicbot.connectors.sms.SmsSegments;
import org.civicbot.knowledge.ReplyLimit;

/**
 * How long one bot reply may be on each channel, measured the way the channel measures it. Every channel's
 * limit is here, so a reply is cut in one place and never refused or split by the platform.
 */
public final class ChannelReplyLimits {

    /** An answer in more SMS than this costs too much and reads badly on a phone. */
    static final int SMS_SEGMENTS = 3;
    /** A post on X: 280 in X's weighted count. */
    static final int X_WEIGHT = 280;
    /** X shortens every link to a t.co address and counts it as this many, however long it is. */
    static final int X_LINK_WEIGHT = 23;
    /** Messenger's limit for one text message. */
    static final int FACEBOOK_CHARACTERS = 2_000;
    /** Telegram's limit for one message. */
    static final int TELEGRAM_CHARACTERS = 4_096;
    /** The simulator, and any channel without a rule of its own: as much as Messenger takes. */
    static final int OTHER_CHARACTERS = 2_000;

    /**
     * A link the way X's own counting (twitter-text) finds one: with a scheme, or a bare domain such as
     * karlstad.se with an optional path. Punctuation that ends a sentence is not part of it.
     */
    private static final Pattern LINK = Pattern.compile(
            "(https?://)?(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+\\p{L}{2,}(?::\\d{1,5})?"
                    + "(?:/(?:\\S*[^\\s.,;:!?'\"()\\[\\]<>])?)?",
            Pattern.CASE_INSENSITIVE);

    private ChannelReplyLimits() {
    }

    /** The limit on the channel with this id; an unknown id gets the simulator's. */
    public static ReplyLimit of(String channelId) {
        return switch (Channel.fromId(channelId).orElse(Channel.SIMULATOR)) {
            case SMS -> text -> SmsSegments.count(text) <= SMS_SEGMENTS;
            case TWITTER -> text -> xWeight(text) <= X_WEIGHT;
            case FACEBOOK -> ReplyLimit.characters(FACEBOOK_CHARACTERS);
            case TELEGRAM -> ReplyLimit.characters(TELEGRAM_CHARACTERS);
            case SIMULATOR -> ReplyLimit.characters(OTHER_CHARACTERS);
        };
    }

    /**
     * The length of a post as X counts it (twitter-text, version 3): after NFC normalisation, code points in
     * Latin, Greek, Cyrillic, Hebrew, Arabic and other scripts up to U+10FF and in a few ranges of general
     * punctuation count 1, every other code point (CJK, emoji) 2, and a link with a scheme 23. A bare domain
     * counts 23 or its own length, whichever is more, since X may or may not make a link of it. X counts an emoji
     * sequence as one emoji; counting its code points instead only ever counts more, so a reply that fits here
     * fits on X.
     */
    static int xWeight(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        Matcher links = LINK.matcher(normalized);
        int weight = 0;
        int from = 0;
        while (links.find()) {
            weight += codePointWeight(normalized, from, links.start());
            int linkLength = links.group().codePointCount(0, links.group().length());
            weight += links.group(1) != null ? X_LINK_WEIGHT : Math.max(X_LINK_WEIGHT, linkLength);
            from = links.end();
        }
        return weight + codePointWeight(normalized, from, normalized.length());
    }

    private static int codePointWeight(String text, int from, int to) {
        return text.substring(from, to).codePoints().map(ChannelReplyLimits::codePointWeight).sum();
    }

    private static int codePointWeight(int codePoint) {
        boolean light = codePoint <= 0x10FF
                || (codePoint >= 0x2000 && codePoint <= 0x200D)
                || (codePoint >= 0x2010 && codePoint <= 0x201F)
                || (codePoint >= 0x2032 && codePoint <= 0x2037);
        return light ? 1 : 2;
    }
}
