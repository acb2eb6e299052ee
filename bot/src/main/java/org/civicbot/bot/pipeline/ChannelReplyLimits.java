package org.civicbot.bot.pipeline;

import org.civicbot.connectors.Channel;
import org.civicbot.connectors.sms.SmsSegments;
import org.civicbot.connectors.twitter.TweetLength;
import org.civicbot.knowledge.ReplyLimit;

/**
 * How long one bot reply may be on each channel, measured the way the channel measures it. Every channel's
 * limit is here, so a reply is cut in one place and never refused or split by the platform.
 */
public final class ChannelReplyLimits {

    /** An answer in more SMS than this costs too much and reads badly on a phone. */
    static final int SMS_SEGMENTS = 3;
    /** Messenger's limit for one text message. */
    static final int FACEBOOK_CHARACTERS = 2_000;
    /** Telegram's limit for one message. */
    static final int TELEGRAM_CHARACTERS = 4_096;
    /** The simulator, Open311 status notes, and any channel without a rule of its own: as much as Messenger takes. */
    static final int OTHER_CHARACTERS = 2_000;

    private ChannelReplyLimits() {
    }

    /** The limit on the channel with this id; an unknown id gets the simulator's. */
    public static ReplyLimit of(String channelId) {
        return switch (Channel.fromId(channelId).orElse(Channel.SIMULATOR)) {
            case SMS -> text -> SmsSegments.count(text) <= SMS_SEGMENTS;
            case TWITTER -> TweetLength::fits;
            case FACEBOOK -> ReplyLimit.characters(FACEBOOK_CHARACTERS);
            case TELEGRAM -> ReplyLimit.characters(TELEGRAM_CHARACTERS);
            case SIMULATOR, OPEN311 -> ReplyLimit.characters(OTHER_CHARACTERS);
        };
    }
}
