package org.civicbot.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void foldKeepsLengthAndDropsDiacritics() {
        String s = "Gatlampan på Östra Ågatan, Café ÄNGEN";
        assertThat(Text.fold(s)).isEqualTo("gatlampan pa ostra agatan, cafe angen").hasSameSizeAs(s);
    }

    @Test
    void tokenizeKeepsOffsetsApostrophesAndQuestionMarks() {
        assertThat(Text.tokenize("it doesn't work??")).extracting(Text.Token::text)
                .containsExactly("it", "doesn't", "work", "?");
        assertThat(Text.tokenize("a 12")).extracting(Text.Token::start).containsExactly(0, 2);
    }
}
