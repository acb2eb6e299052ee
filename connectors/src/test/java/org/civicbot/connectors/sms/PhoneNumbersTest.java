package org.civicbot.connectors.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void aNumberKeepsItsCountryCodeAndLastTwoDigits() {
        assertThat(PhoneNumbers.mask("+46701234567")).isEqualTo("+467******67");
        assertThat(PhoneNumbers.mask("12345")).isEqualTo("*****");
        assertThat(PhoneNumbers.mask(null)).isEqualTo("(none)");
    }

    @Test
    void everyNumberInAProvidersMessageIsMasked() {
        assertThat(PhoneNumbers.maskAll("Invalid 'To' Phone Number: +46701234567, from +46766861004"))
                .isEqualTo("Invalid 'To' Phone Number: +467******67, from +467******04");
        assertThat(PhoneNumbers.maskAll("error 21211 at 2026")).isEqualTo("error 21211 at 2026");
    }

    @Test
    void aThreadIdNamesTheProviderAndTheNumber() {
        assertThat(SmsThread.parse("46elks:+46701234567")).contains(new SmsThread("46elks", "+46701234567"));
        assertThat(new SmsThread("twilio", "+46701234567").id()).isEqualTo("twilio:+46701234567");
        assertThat(SmsThread.parse("+46701234567")).isEmpty();
        assertThat(SmsThread.parse(null)).isEmpty();
    }
}
