package org.civicbot.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            gatlampa pa storgatan ar trasig         | sv
            Soptunnan är inte tömd                  | sv
            Hej! Tack för hjälpen                   | sv
            The street light is broken              | en
            Katulamppu on rikki                     | fi
            مصباح الشارع مكسور                      | ar
            Nalka waddada way jabantahay            | so
            چراغ خیابان خراب است                    | fa
            Latarnia na ulicy nie działa            | pl
            👍                                      | und
            12345                                   | und
            """)
    void detectsTheSupportedLanguages(String text, String language) {
        assertThat(LanguageDetection.of(text)).isEqualTo(language);
    }
}
