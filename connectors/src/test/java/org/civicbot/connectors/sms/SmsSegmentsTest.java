package org.civicbot.connectors.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.civicbot.connectors.sms.SmsSegments.Encoding;
import org.junit.jupiter.api.Test;

class SmsSegmentsTest {

    @Test
    void plainTextAndPunctuationAreGsm7() {
        String text = "Hello! Call 054-540 00 00 (8-16), @home: 100% #1 & £5 = ¥; \"OK\"?";

        assertThat(SmsSegments.encoding(text)).isEqualTo(Encoding.GSM_7);
        assertThat(SmsSegments.count(text)).isEqualTo(1);
    }

    @Test
    void swedishLettersAndAccentedEAreGsm7() {
        assertThat(SmsSegments.encoding("Soptunnan töms på måndag i Kronoparken, ÅÄÖ åäö, café É")).isEqualTo(Encoding.GSM_7);
    }

    @Test
    void theWholeDefaultAlphabetIsGsm7() {
        String basic = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

        assertThat(basic).hasSize(127); // 128 positions, one of them the escape
        assertThat(SmsSegments.encoding(basic)).isEqualTo(Encoding.GSM_7);
    }

    @Test
    void emojiAndLettersOutsideTheAlphabetMakeTheWholeTextUcs2() {
        assertThat(SmsSegments.encoding("Tack 👍")).isEqualTo(Encoding.UCS_2);
        assertThat(SmsSegments.encoding("Łódź")).isEqualTo(Encoding.UCS_2);
        assertThat(SmsSegments.encoding("ł")).isEqualTo(Encoding.UCS_2);
        assertThat(SmsSegments.encoding("á")).isEqualTo(Encoding.UCS_2);
        assertThat(SmsSegments.encoding("Vänta…")).isEqualTo(Encoding.UCS_2);
    }

    @Test
    void gsm7FitsOneSmsUpTo160AndSplitsInto153FromThere() {
        assertThat(SmsSegments.count("a".repeat(160))).isEqualTo(1);
        assertThat(SmsSegments.count("a".repeat(161))).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(306))).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(307))).isEqualTo(3);
        assertThat(SmsSegments.count("a".repeat(459))).isEqualTo(3);
        assertThat(SmsSegments.count("a".repeat(460))).isEqualTo(4);
        assertThat(SmsSegments.split("a".repeat(161))).containsExactly("a".repeat(153), "a".repeat(8));
    }

    @Test
    void extensionCharactersCountTwo() {
        assertThat(SmsSegments.encoding("€ [ ] { } \\ ^ ~ |")).isEqualTo(Encoding.GSM_7);
        assertThat(SmsSegments.count("€".repeat(80))).isEqualTo(1);
        assertThat(SmsSegments.count("€".repeat(80) + "a")).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(158) + "[")).isEqualTo(1);
        assertThat(SmsSegments.count("a".repeat(159) + "]")).isEqualTo(2);
        assertThat(SmsSegments.count("{".repeat(40) + "}".repeat(40))).isEqualTo(1);
    }

    @Test
    void anEscapePairIsNeverSplitAcrossSegments() {
        // 152 septets of letters leave one place in the first segment: the two-place € goes to the second.
        List<String> segments = SmsSegments.split("a".repeat(152) + "€" + "b".repeat(10));

        assertThat(segments).containsExactly("a".repeat(152), "€" + "b".repeat(10));
    }

    @Test
    void ucs2FitsOneSmsUpTo70AndSplitsInto67FromThere() {
        assertThat(SmsSegments.count("ł".repeat(70))).isEqualTo(1);
        assertThat(SmsSegments.count("ł".repeat(71))).isEqualTo(2);
        assertThat(SmsSegments.count("ł".repeat(134))).isEqualTo(2);
        assertThat(SmsSegments.count("ł".repeat(135))).isEqualTo(3);
        assertThat(SmsSegments.split("ł" + "a".repeat(70))).containsExactly("ł" + "a".repeat(66), "aaaa");
    }

    @Test
    void ucs2CountsUtf16CodeUnitsAndNeverSplitsAnEmoji() {
        assertThat(SmsSegments.count("👍".repeat(35))).isEqualTo(1);
        assertThat(SmsSegments.count("👍".repeat(35) + "a")).isEqualTo(2);

        List<String> segments = SmsSegments.split("a".repeat(66) + "👍" + "b".repeat(5));

        assertThat(segments).containsExactly("a".repeat(66), "👍bbbbb");
    }

    @Test
    void anEmptyTextIsOneSms() {
        assertThat(SmsSegments.split("")).containsExactly("");
        assertThat(SmsSegments.encoding("")).isEqualTo(Encoding.GSM_7);
    }
}
