package org.civicbot.knowledge;

/**
 * Whether a reply fits a channel: a character count on most, segments on SMS, a weighted count with links
 * shortened on X. Channels know their rules; {@link AnswerReply} only asks.
 */
@FunctionalInterface
public interface ReplyLimit {

    boolean fits(String text);

    /** At most this many UTF-16 characters. */
    static ReplyLimit characters(int max) {
        return text -> text.length() <= max;
    }
}
