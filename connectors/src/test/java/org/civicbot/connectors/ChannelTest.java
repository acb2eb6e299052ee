package org.civicbot.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChannelTest {

    @Test
    void findsChannelsByIdIgnoringCaseAndSpace() {
        assertThat(Channel.fromId(" Telegram ")).contains(Channel.TELEGRAM);
        assertThat(Channel.fromId("sms")).contains(Channel.SMS);
    }

    @Test
    void unknownOrMissingNamesAreEmpty() {
        assertThat(Channel.fromId("myspace")).isEmpty();
        assertThat(Channel.fromId(null)).isEmpty();
    }
}
