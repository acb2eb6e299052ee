package org.civicbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {

    private static KnowledgeBase kb;

    @BeforeAll
    static void load() throws Exception {
        kb = KnowledgeBase.of(fixtures());
    }

    private static String slug(AnswerLookup lookup) {
        return lookup.article().map(WikiArticle::slug).orElse(null);
    }

    @Test
    void answersSwedishWasteQuestionConfidently() {
        AnswerLookup r = kb.lookup("När töms soptunnorna i Våxnäs?", "sv");
        assertThat(slug(r)).isEqualTo("sopor-vaxnas");
        assertThat(r.confident()).isTrue();
        assertThat(r.confidence()).isEqualTo(1.0);
        assertThat(r.reason()).isEqualTo("matched 3 of 3 question terms in 'Sophämtning i Våxnäs'");
    }

    @Test
    void answersQuestionWrittenWithoutDiacritics() {
        AnswerLookup r = kb.lookup("nar toms soptunnorna i vaxnas", "sv");
        assertThat(slug(r)).isEqualTo("sopor-vaxnas");
        assertThat(r.confident()).isTrue();
    }

    @Test
    void answersEnglishQuestionFromEnglishArticle() {
        AnswerLookup r = kb.lookup("When is the library open on Saturdays?", "en");
        assertThat(slug(r)).isEqualTo("library-en");
        assertThat(r.confident()).isTrue();
    }

    @Test
    void swedishQuestionPrefersSwedishArticle() {
        AnswerLookup r = kb.lookup("Har biblioteket öppet på lördag?", "sv");
        assertThat(slug(r)).isEqualTo("bibliotek");
        assertThat(r.confident()).isTrue();
    }

    @Test
    void englishQuestionFallsBackToSwedishArticles() {
        AnswerLookup r = kb.lookup("gatlampa Våxnäs soptunna", "en");
        assertThat(r.article()).isPresent();
        assertThat(r.article().get().language()).isEqualTo("sv");
        assertThat(r.reason()).contains("fell back");
    }

    @Test
    void unknownLanguageSearchesAllArticles() {
        assertThat(slug(kb.lookup("När töms soptunnorna i Våxnäs?", null))).isEqualTo("sopor-vaxnas");
        assertThat(slug(kb.lookup("library opening hours", "fi"))).isEqualTo("library-en");
    }

    @Test
    void abstainsOnUnrelatedQuestion() {
        AnswerLookup r = kb.lookup("Hur många invånare har Mars?", "sv");
        assertThat(r.confident()).isFalse();
        assertThat(r.reason()).isNotBlank();
    }

    @Test
    void abstainsWhenOnlyFewTermsMatch() {
        AnswerLookup r = kb.lookup("Kan jag slänga kylskåp och soffa i soptunnan?", "sv");
        assertThat(r.confident()).isFalse();
        assertThat(r.reason()).contains("covers only").contains("needs 60 %");
    }

    @Test
    void abstainsOnGreetingWithoutContentTerms() {
        AnswerLookup r = kb.lookup("hej?", "sv");
        assertThat(r.confident()).isFalse();
        assertThat(r.article()).isEmpty();
        assertThat(r.reason()).contains("no content terms");
    }

    @Test
    void emptyKnowledgeBaseAbstains() {
        KnowledgeBase empty = KnowledgeBase.of(List.of());
        AnswerLookup r = empty.lookup("När töms soptunnorna i Våxnäs?", "sv");
        assertThat(empty.size()).isZero();
        assertThat(r.confident()).isFalse();
        assertThat(r.article()).isEmpty();
        assertThat(r.reason()).isNotBlank();
    }

    @Test
    void thresholdIsConfigurableAndValidated() {
        KnowledgeBase strict = KnowledgeBase.of(fixtures(), 1.0);
        assertThat(strict.lookup("När töms soptunnorna i Våxnäs?", "sv").confident()).isTrue();
        assertThat(strict.lookup("När töms soptunnorna i Våxnäs i morgon?", "sv").confident()).isFalse();
        assertThatThrownBy(() -> KnowledgeBase.of(List.of(), 1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsDuplicateSlugs() {
        WikiArticle a = new WikiArticle("x", "X", "sv", null, List.of(), "text");
        assertThatThrownBy(() -> KnowledgeBase.of(List.of(a, a)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x'");
    }

    @Test
    void concurrentLookupsGiveTheSameAnswer() throws Exception {
        AnswerLookup expected = kb.lookup("När töms soptunnorna i Våxnäs?", "sv");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<AnswerLookup>> tasks = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                tasks.add(() -> kb.lookup("När töms soptunnorna i Våxnäs?", "sv"));
            }
            for (Future<AnswerLookup> f : pool.invokeAll(tasks)) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<WikiArticle> fixtures() {
        try {
            return WikiArticles.loadClasspath("fixture-wiki", KnowledgeBaseTest.class.getClassLoader());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
