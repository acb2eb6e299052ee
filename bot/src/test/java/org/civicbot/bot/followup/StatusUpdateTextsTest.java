package org.civicbot.bot.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Arrays;

import org.civicbot.bot.cases.Case;
import org.civicbot.bot.cases.CaseStatus;
import org.civicbot.bot.pipeline.ChannelReplyLimits;
import org.civicbot.bot.pipeline.ReplyTexts;
import org.civicbot.connectors.Channel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every status update, in every language, fits every channel in one message, tracking link and all. */
class StatusUpdateTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en", "fi"})
    void everyUpdateFitsEveryChannel(String language) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        ReplyTexts replies = mock(ReplyTexts.class);
        when(replies.trackingUrl(any())).thenAnswer(call -> "https://civicbot.karlstad.se/t/"
                + ((Case) call.getArgument(0)).trackingToken());
        StatusUpdateTexts texts = new StatusUpdateTexts(messages, replies);
        Case kase = kase("2026-000123", "TRAFFIC_SIGNS_SIGNALS");
        Case joined = kase("2026-000122", "TRAFFIC_SIGNS_SIGNALS");

        for (CaseStatus status : CaseStatus.values()) {
            for (Case into : Arrays.asList(joined, null)) {
                texts.statusUpdate(language, kase, status, into).ifPresent(text -> {
                    assertThat(text).doesNotContain("{").doesNotContain("reply.status");
                    for (Channel channel : Channel.values()) {
                        assertThat(ChannelReplyLimits.of(channel.id()).fits(text)).as(channel + ": " + text).isTrue();
                    }
                });
            }
        }
        assertThat(texts.statusUpdate(language, kase, CaseStatus.CLOSED, null)).isEmpty();
        assertThat(texts.statusUpdate(language, kase, CaseStatus.RESOLVED, null)).hasValueSatisfying(text ->
                assertThat(text).endsWith("https://civicbot.karlstad.se/t/" + kase.trackingToken() + "/feedback"));
    }

    /** A case with what the texts use: its number, topic and tracking token (22 characters, as generated). */
    private static Case kase(String number, String topic) {
        Case kase = mock(Case.class);
        when(kase.number()).thenReturn(number);
        when(kase.topic()).thenReturn(topic);
        when(kase.trackingToken()).thenReturn("Hq0-3mQ8tYk2pLr7XbN1c" + number.charAt(number.length() - 1));
        return kase;
    }
}
