package org.civicbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void normalizesCodesAsClientsSendThem() {
        assertThat(Languages.normalize("sv-SE")).isEqualTo("sv");
        assertThat(Languages.normalize("EN_gb")).isEqualTo("en");
        assertThat(Languages.normalize("  ")).isNull();
    }

    @Test
    void guessesSwedishOrEnglishFromFunctionWords() {
        assertThat(Languages.guess("när töms soporna på min gata")).isEqualTo("sv");
        assertThat(Languages.guess("when is the library open on sundays")).isEqualTo("en");
        // "i" is both languages' word; nothing else to go on.
        assertThat(Languages.guess("i Våxnäs")).isNull();
        assertThat(Languages.guess("sophämtning")).isNull();
        assertThat(Languages.guess("")).isNull();
    }
}
