package org.civicbot.connectors.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TweetLengthTest {

    private static final String LONG_LINK = "https://karlstad.example/wiki/sophamtning-och-hamtdagar?fran=chatten&utm=1";

    @Test
    void latinAndSwedishLettersCountOneAndOtherScriptsAndEmojiTwo() {
        assertThat(TweetLength.of("Hej")).isEqualTo(3);
        assertThat(TweetLength.of("Åäö é ÅÄÖ")).isEqualTo(9);
        assertThat(TweetLength.of("“citat” – ok")).isEqualTo(12);
        assertThat(TweetLength.of("日本")).isEqualTo(4);
        assertThat(TweetLength.of("👍")).isEqualTo(2);
        assertThat(TweetLength.of("Vänta…")).isEqualTo(7);
    }

    @Test
    void aLinkCountsAsItsShortAddressHoweverLongItIs() {
        assertThat(LONG_LINK).hasSizeGreaterThan(23);

        assertThat(TweetLength.of(LONG_LINK)).isEqualTo(23);
        assertThat(TweetLength.of("http://x.se")).isEqualTo(23);
        assertThat(TweetLength.of("Läs mer: " + LONG_LINK + "\nTack")).isEqualTo(9 + 23 + 5);
        assertThat(TweetLength.of(LONG_LINK + " " + LONG_LINK)).isEqualTo(47);
    }

    @Test
    void punctuationAfterALinkIsCountedOnItsOwn() {
        assertThat(TweetLength.of("Se " + LONG_LINK + ".")).isEqualTo(3 + 23 + 1);
        assertThat(TweetLength.of("(" + LONG_LINK + "),")).isEqualTo(1 + 23 + 2);
    }

    @Test
    void aBareDomainCountsAsALinkOrAsItself_whicheverIsMore() {
        assertThat(TweetLength.of("Se karlstad.se")).isEqualTo(3 + 23);
        String longBare = "karlstad.example/e-tjanster/min-sophamtning/adress";
        assertThat(TweetLength.of(longBare)).isEqualTo(longBare.length());
    }

    @Test
    void aPostTakes280() {
        assertThat(TweetLength.fits("å".repeat(280))).isTrue();
        assertThat(TweetLength.fits("å".repeat(281))).isFalse();
        assertThat(TweetLength.fits("a".repeat(256) + " " + LONG_LINK)).isTrue();
        assertThat(TweetLength.fits("a".repeat(257) + " " + LONG_LINK)).isFalse();
        assertThat(TweetLength.fits("👍".repeat(140))).isTrue();
        assertThat(TweetLength.fits("👍".repeat(141))).isFalse();
    }
}
