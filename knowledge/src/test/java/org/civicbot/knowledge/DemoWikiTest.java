package org.civicbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Guards the demo municipality's wiki shipped in the bot module (surefire runs with the module as working dir). */
class DemoWikiTest {

    private static final Path DEMO_WIKI = Path.of("../bot/src/main/resources/demo/wiki");

    private static List<WikiArticle> articles;
    private static KnowledgeBase kb;

    @BeforeAll
    static void load() throws Exception {
        articles = WikiArticles.loadDirectory(DEMO_WIKI); // throws if any article does not parse
        kb = KnowledgeBase.of(articles);
    }

    @Test
    void everyArticleParsesAndIsListedInIndex() throws Exception {
        assertThat(articles).hasSizeGreaterThanOrEqualTo(8);
        List<String> index = Files.readAllLines(DEMO_WIKI.resolve("index.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
        assertThat(index).containsExactlyElementsOf(articles.stream().map(a -> a.slug() + ".md").toList());
        for (WikiArticle a : articles) {
            assertThat(a.topic()).as(a.slug()).isNotBlank();
            assertThat(a.keywords()).as(a.slug()).isNotEmpty();
            assertThat(a.summary()).as(a.slug()).isNotBlank().hasSizeLessThanOrEqualTo(WikiArticle.SUMMARY_MAX_CHARS);
        }
    }

    @Test
    void answersVaxnasWasteQuestion() {
        AnswerLookup r = kb.lookup("När töms soptunnorna i Våxnäs?", "sv");
        assertThat(r.article()).map(WikiArticle::slug).contains("sophamtning-vaxnas");
        assertThat(r.confident()).as(r.reason()).isTrue();
    }

    @Test
    void answersOtherTypicalQuestions() {
        assertAnswer("Gatlampan lyser inte", "sv", "felanmalan-gatubelysning");
        assertAnswer("När plogas min gata?", "sv", "snorojning");
        assertAnswer("Hur ansöker jag om bygglov för en altan?", "sv", "bygglov");
        assertAnswer("Vilka öppettider har biblioteket?", "sv", "bibliotekets-oppettider");
        assertAnswer("When is the library open on Sundays?", "en", "library-opening-hours-en");
        assertAnswer("Hur ansöker jag om förskoleplats?", "sv", "forskola-ansokan");
        assertAnswer("Vad kostar boendeparkering?", "sv", "parkering-boende");
        assertAnswer("Vattenläcka på gatan", "sv", "vattenlacka");
    }

    @Test
    void abstainsOnUnrelatedQuestion() {
        assertThat(kb.lookup("Hur många invånare har Mars?", "sv").confident()).isFalse();
    }

    private static void assertAnswer(String question, String language, String slug) {
        AnswerLookup r = kb.lookup(question, language);
        assertThat(r.article()).as(question + " → " + r.reason()).map(WikiArticle::slug).contains(slug);
        assertThat(r.confident()).as(question + " → " + r.reason()).isTrue();
    }
}
