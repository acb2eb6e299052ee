package org.civicbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class SimilarQuestionsTest {

    @Test
    void groupsQuestionsThatAskTheSameThing() {
        List<String> questions = List.of("Hur får jag fiskekort?", "fiskekort hur köper man",
                "När är kommunfullmäktige?", "var köper jag fiskekortet", "kommunfullmäktige nästa möte när");

        List<List<String>> groups = new SimilarQuestions(SimilarQuestions.DEFAULT_SIMILARITY)
                .group(questions, Function.identity(), q -> "sv");

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0)).containsExactly("Hur får jag fiskekort?", "fiskekort hur köper man",
                "var köper jag fiskekortet");
        assertThat(groups.get(1)).containsExactly("När är kommunfullmäktige?", "kommunfullmäktige nästa möte när");
    }
}
