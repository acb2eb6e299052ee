package org.civicbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class SynonymsAndCompoundsTest {

    private static List<String> parts(CompoundSplitter splitter, String word) {
        return splitter.split(word).stream().map(p -> word.substring(p[0], p[0] + p[1])).toList();
    }

    @Test
    void splitsCompoundsIntoKnownWordsOnly() {
        CompoundSplitter splitter = CompoundSplitter.of(List.of("sopor hämtning belysning gata central återvinning"));

        assertThat(parts(splitter, "sophamtning")).containsExactly("sop", "hamtning");
        assertThat(parts(splitter, "gatubelysningen")).containsExactly("gat", "belysningen");
        assertThat(parts(splitter, "atervinningscentralen")).containsExactly("atervinning", "centralen");
        assertThat(parts(splitter, "parkering")).isEmpty();
        assertThat(parts(splitter, "sop")).isEmpty();
    }

    @Test
    void aBadSynonymLineIsNamed() {
        assertThatThrownBy(() -> Synonyms.parse("sopor, avfall\noch, att\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2").hasMessageContaining("eliminated by analyzer");
        // The bundled list parses with both chains.
        assertThat(Synonyms.parse(Synonyms.base().text())).isEqualTo(Synonyms.base());
        assertThat(Synonyms.parse("# bara en kommentar\n").isEmpty()).isTrue();
        assertThat(Synonyms.base().isEmpty()).isFalse();
    }
}
