package org.civicbot.bot.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbot.knowledge.ReplyLimit;
import org.junit.jupiter.api.Test;

class ChannelReplyLimitsTest {

    private static final String LONG_LINK = "https://karlstad.example/wiki/sophamtning-och-hamtdagar?fran=chatten&utm=1";

    @Test
    void xCountsLatinAndSwedishLettersOneAndOtherScriptsAndEmojiTwo() {
        assertThat(ChannelReplyLimits.xWeight("Hej")).isEqualTo(3);
        assertThat(ChannelReplyLimits.xWeight("Åäö é ÅÄÖ")).isEqualTo(9);
        assertThat(ChannelReplyLimits.xWeight("“citat” – ok")).isEqualTo(12);
        assertThat(ChannelReplyLimits.xWeight("日本")).isEqualTo(4);
        assertThat(ChannelReplyLimits.xWeight("👍")).isEqualTo(2);
        assertThat(ChannelReplyLimits.xWeight("Vänta…")).isEqualTo(7);
    }

    @Test
    void xCountsALinkAs23HoweverLong() {
        assertThat(LONG_LINK).hasSizeGreaterThan(23);

        assertThat(ChannelReplyLimits.xWeight(LONG_LINK)).isEqualTo(23);
        assertThat(ChannelReplyLimits.xWeight("http://x.se")).isEqualTo(23);
        assertThat(ChannelReplyLimits.xWeight("Läs mer: " + LONG_LINK + "\nTack")).isEqualTo(9 + 23 + 5);
        assertThat(ChannelReplyLimits.xWeight(LONG_LINK + " " + LONG_LINK)).isEqualTo(47);
    }

    @Test
    void punctuationAfterALinkIsCountedOnItsOwn() {
        assertThat(ChannelReplyLimits.xWeight("Se " + LONG_LINK + ".")).isEqualTo(3 + 23 + 1);
        assertThat(ChannelReplyLimits.xWeight("(" + LONG_LINK + "),")).isEqualTo(1 + 23 + 2);
    }

    @Test
    void aBareDomainCountsAsALinkOrAsItself_whicheverIsMore() {
        assertThat(ChannelReplyLimits.xWeight("Se karlstad.se")).isEqualTo(3 + 23);
        String longBare = "karlstad.example/e-tjanster/min-sophamtning/adress";
        assertThat(ChannelReplyLimits.xWeight(longBare)).isEqualTo(longBare.length());
    }

    @Test
    void xTakes280() {
        ReplyLimit x = ChannelReplyLimits.of("twitter");

        assertThat(x.fits("a".repeat(280))).isTrue();
        assertThat(x.fits("a".repeat(281))).isFalse();
        assertThat(x.fits("a".repeat(256) + " " + LONG_LINK)).isTrue();
        assertThat(x.fits("a".repeat(257) + " " + LONG_LINK)).isFalse();
        assertThat(x.fits("👍".repeat(140))).isTrue();
        assertThat(x.fits("👍".repeat(141))).isFalse();
    }

    @Test
    void smsTakesThreeSegments() {
        ReplyLimit sms = ChannelReplyLimits.of("sms");

        assertThat(sms.fits("a".repeat(3 * 153))).isTrue();
        assertThat(sms.fits("a".repeat(3 * 153 + 1))).isFalse();
        assertThat(sms.fits("ł".repeat(3 * 67))).isTrue();
        assertThat(sms.fits("ł".repeat(3 * 67 + 1))).isFalse();
        // 76 two-place characters fill a segment of 153: the last place cannot hold half of one.
        assertThat(sms.fits("€".repeat(3 * 76))).isTrue();
        assertThat(sms.fits("€".repeat(3 * 76 + 1))).isFalse();
    }

    @Test
    void chatChannelsCountCharacters() {
        assertThat(ChannelReplyLimits.of("facebook").fits("a".repeat(2_000))).isTrue();
        assertThat(ChannelReplyLimits.of("facebook").fits("a".repeat(2_001))).isFalse();
        assertThat(ChannelReplyLimits.of("telegram").fits("a".repeat(4_096))).isTrue();
        assertThat(ChannelReplyLimits.of("telegram").fits("a".repeat(4_097))).isFalse();
    }

    @Test
    void theSimulatorAndUnknownChannelsTake2000() {
        for (String channel : new String[] {"simulator", "myspace"}) {
            assertThat(ChannelReplyLimits.of(channel).fits("a".repeat(2_000))).isTrue();
            assertThat(ChannelReplyLimits.of(channel).fits("a".repeat(2_001))).isFalse();
        }
    }
}
