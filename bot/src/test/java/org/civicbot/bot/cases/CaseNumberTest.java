package org.civicbot.bot.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaseNumberTest {

    @Test
    void isTheYearAndASixDigitSerial() {
        assertThat(CaseNumber.format(2026, 123)).isEqualTo("2026-000123");
        assertThat(CaseNumber.format(2027, 999_999)).isEqualTo("2027-999999");
    }

    @Test
    void refusesSerialsThatDoNotFit() {
        assertThatThrownBy(() -> CaseNumber.format(2026, 1_000_000))
                .hasMessage("Case serial 1000000 is outside 1..999999 for 2026");
    }
}
