package org.civicbot.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeywordBaselineTest {

    private final KeywordBaseline baseline = new KeywordBaseline(Lexicon.bundled());

    @Test
    void scoresCueWords() {
        Classification c = baseline.classify("Gatlampan utanför Storgatan 12 är trasig");

        assertThat(c.category()).isEqualTo(Category.FAULT);
        assertThat(c.topic()).isEqualTo(Topic.STREET_LIGHTING);
        assertThat(c.language()).isEqualTo("sv");
        assertThat(c.modelVersion()).isEqualTo(KeywordBaseline.VERSION);
    }

    @Test
    void knowsOnlySwedishAndEnglish() {
        assertThat(baseline.classify("When is the library open on Sundays?").language()).isEqualTo("en");
        assertThat(baseline.classify("Milloin kirjasto on auki?").language()).isIn("sv", "en");
    }
}
