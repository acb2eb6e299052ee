package org.civicbot.bot.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbot.knowledge.ReplyLimit;
import org.junit.jupiter.api.Test;

class ChannelReplyLimitsTest {

    private static final String LONG_LINK = "https://karlstad.example/wiki/sophamtning-och-hamtdagar?fran=chatten&utm=1";

    @Test
    void xTakes280CountedAsXCounts() {
        ReplyLimit x = ChannelReplyLimits.of("twitter");

        assertThat(x.fits("a".repeat(280))).isTrue();
        assertThat(x.fits("a".repeat(281))).isFalse();
        assertThat(x.fits("a".repeat(256) + " " + LONG_LINK)).isTrue();
        assertThat(x.fits("a".repeat(257) + " " + LONG_LINK)).isFalse();
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
