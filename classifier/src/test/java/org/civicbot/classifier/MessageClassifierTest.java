package org.civicbot.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MessageClassifierTest {

    private static final MessageClassifier CLASSIFIER = MessageClassifier.withDefaultModel();

    @Test
    void swedishFaultWithAddress() {
        String text = "Gatlampan utanför Storgatan 12 är trasig";
        Classification c = CLASSIFIER.classify(text);

        assertThat(c.category()).isEqualTo(Category.FAULT);
        assertThat(c.topic()).isEqualTo(Topic.STREET_LIGHTING);
        assertThat(c.language()).isEqualTo("sv");
        assertThat(c.categoryConfidence()).isGreaterThanOrEqualTo(0.6);
        assertThat(c.topicConfidence()).isGreaterThanOrEqualTo(0.6);
        LocationMention location = c.primaryLocation().orElseThrow();
        assertThat(location.kind()).isEqualTo(LocationKind.ADDRESS);
        assertThat(location.normalized()).isEqualTo("Storgatan 12");
        assertThat(location.text()).isEqualTo("Storgatan 12");
        assertThat(location.start()).isEqualTo(text.indexOf("Storgatan"));
        assertThat(location.end()).isEqualTo(text.indexOf("12") + 2);
        assertThat(text.substring(location.start(), location.end())).isEqualTo(location.text());
    }

    @Test
    void swedishQuestionAboutWaste() {
        Classification c = CLASSIFIER.classify("När töms soptunnorna i Våxnäs?");

        assertThat(c.category()).isEqualTo(Category.QUESTION);
        assertThat(c.topic()).isEqualTo(Topic.WASTE);
        assertThat(c.language()).isEqualTo("sv");
        assertThat(c.categoryConfidence()).isGreaterThanOrEqualTo(0.6);
        assertThat(c.topicConfidence()).isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void withoutDiacriticsAndCapitals() {
        Classification c = CLASSIFIER.classify("gatlampa pa storgatan ar trasig");

        assertThat(c.category()).isEqualTo(Category.FAULT);
        assertThat(c.topic()).isEqualTo(Topic.STREET_LIGHTING);
        assertThat(c.language()).isEqualTo("sv");
        LocationMention location = c.primaryLocation().orElseThrow();
        assertThat(location.kind()).isEqualTo(LocationKind.STREET);
        assertThat(location.text()).isEqualTo("storgatan");
        assertThat(location.normalized()).isEqualTo("Storgatan");
        assertThat(location.start()).isEqualTo(12);
        assertThat(location.end()).isEqualTo(21);
    }

    @Test
    void englishFaultWithSpacedHouseLetter() {
        String text = "The street light on Kungsgatan 3 A is broken";
        Classification c = CLASSIFIER.classify(text);

        assertThat(c.category()).isEqualTo(Category.FAULT);
        assertThat(c.topic()).isEqualTo(Topic.STREET_LIGHTING);
        assertThat(c.language()).isEqualTo("en");
        LocationMention location = c.primaryLocation().orElseThrow();
        assertThat(location.kind()).isEqualTo(LocationKind.ADDRESS);
        assertThat(location.normalized()).isEqualTo("Kungsgatan 3A");
        assertThat(location.text()).isEqualTo("Kungsgatan 3 A");
        assertThat(location.start()).isEqualTo(text.indexOf("Kungsgatan"));
    }

    @Test
    void englishQuestionAboutLibrary() {
        Classification c = CLASSIFIER.classify("When is the library open on Sundays?");

        assertThat(c.category()).isEqualTo(Category.QUESTION);
        assertThat(c.topic()).isEqualTo(Topic.CULTURE_LEISURE);
        assertThat(c.language()).isEqualTo("en");
        assertThat(c.locations()).isEmpty();
    }

    @Test
    void opinion() {
        Classification c = CLASSIFIER.classify("Jag tycker att det är dåligt att ni har stängt badhuset");

        assertThat(c.category()).isEqualTo(Category.OPINION);
        assertThat(c.topic()).isEqualTo(Topic.CULTURE_LEISURE);
        assertThat(c.language()).isEqualTo("sv");
    }

    @Test
    void faultThatAlsoComplainsIsFault() {
        Classification c = CLASSIFIER.classify(
                "Det finns ett stort hål i cykelvägen vid skolan, och ni borde skämmas");

        assertThat(c.category()).isEqualTo(Category.FAULT);
        assertThat(c.topic()).isEqualTo(Topic.ROADS_PATHS);
        assertThat(c.categoryConfidence()).isGreaterThanOrEqualTo(0.6);
        assertThat(c.locations()).as("cykelvägen is not a street name").isEmpty();
    }

    @Test
    void thanksIsOther() {
        Classification c = CLASSIFIER.classify("Tack så mycket!");

        assertThat(c.category()).isEqualTo(Category.OTHER);
        assertThat(c.topic()).isEqualTo(Topic.OTHER);
        assertThat(c.language()).isEqualTo("sv");
    }

    @Test
    void iceOnPavement() {
        Classification c = CLASSIFIER.classify("Det är ishalka på trottoaren");

        assertThat(c.category()).isEqualTo(Category.FAULT);
        assertThat(c.topic()).isEqualTo(Topic.SNOW_ICE);
    }

    @Test
    void waterLeakAtAbbreviatedAddress() {
        Classification c = CLASSIFIER.classify("Vattenläcka på Drottningg. 7");

        assertThat(c.category()).isEqualTo(Category.FAULT);
        assertThat(c.topic()).isEqualTo(Topic.WATER_SEWAGE);
        LocationMention location = c.primaryLocation().orElseThrow();
        assertThat(location.kind()).isEqualTo(LocationKind.ADDRESS);
        assertThat(location.normalized()).isEqualTo("Drottninggatan 7");
        assertThat(location.text()).isEqualTo("Drottningg. 7");
    }

    @Test
    void noCuesGivesLowConfidenceOther() {
        Classification c = CLASSIFIER.classify("Jag heter Anna och bor i Eskilstuna");

        assertThat(c.category()).isEqualTo(Category.OTHER);
        assertThat(c.categoryConfidence()).isLessThan(0.5).isLessThanOrEqualTo(0.4);
        assertThat(c.topic()).isEqualTo(Topic.OTHER);
        assertThat(c.topicConfidence()).isLessThan(0.5);
    }

    @Test
    void oneWeakCueIsLessSureThanSeveralAgreeingCues() {
        Classification weak = CLASSIFIER.classify("Lampan blinkar");
        Classification strong = CLASSIFIER.classify("Lampan är trasig och lyser inte, helt sönder");

        assertThat(weak.category()).isEqualTo(Category.FAULT);
        assertThat(weak.categoryConfidence()).isLessThan(0.6);
        assertThat(strong.categoryConfidence()).isGreaterThan(0.8);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\t"})
    void blankText(String text) {
        Classification c = CLASSIFIER.classify(text);

        assertThat(c).isEqualTo(new Classification(Category.OTHER, 0, Topic.OTHER, 0, "und", List.of()));
        assertThat(c.primaryLocation()).isEmpty();
    }

    @Test
    void emojiOnly() {
        Classification c = CLASSIFIER.classify("👍😀");

        assertThat(c.category()).isEqualTo(Category.OTHER);
        assertThat(c.language()).isEqualTo("und");
        assertThat(c.categoryConfidence()).isLessThan(0.5);
    }

    @Test
    void emojiDoNotDisturbOffsets() {
        String text = "💡😡 Gatlampan på Storgatan 12 är trasig 💡";
        Classification c = CLASSIFIER.classify(text);

        assertThat(c.category()).isEqualTo(Category.FAULT);
        assertThat(c.topic()).isEqualTo(Topic.STREET_LIGHTING);
        LocationMention location = c.primaryLocation().orElseThrow();
        assertThat(text.substring(location.start(), location.end())).isEqualTo("Storgatan 12");
    }

    @Test
    void veryLongTextIsFast() {
        StringBuilder b = new StringBuilder();
        String sentence = "Gatlampan på Storgatan 12 är trasig och jag tycker att det är dåligt. ";
        while (b.length() < 10_000) {
            b.append(sentence);
        }
        String text = b.substring(0, 10_000);
        CLASSIFIER.classify(text); // warm-up

        long started = System.nanoTime();
        Classification c = CLASSIFIER.classify(text);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(millis).isLessThan(500);
        assertThat(c.category()).isEqualTo(Category.FAULT);
        assertThat(c.topic()).isEqualTo(Topic.STREET_LIGHTING);
        assertThat(c.categoryConfidence()).isBetween(0.0, 1.0);
        assertThat(c.locations()).allSatisfy(l -> assertThat(l.end()).isLessThanOrEqualTo(10_000));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Soptunnan har inte tömts på två veckor        | FAULT    | WASTE
            Det är klotter på skolans vägg                | FAULT    | GRAFFITI_LITTER
            Trafikljuset i korsningen fungerar inte       | FAULT    | TRAFFIC_SIGNS_SIGNALS
            Hur ansöker jag om bygglov för ett plank?     | QUESTION | PERMITS_PLANNING
            Var får man parkera i centrum?                | QUESTION | PARKING
            Hur söker jag plats på förskola?              | QUESTION | SCHOOL_CHILDCARE
            Min mamma behöver hemtjänst, hur gör jag?     | QUESTION | SOCIAL_CARE
            Bra jobbat med snöröjningen i år!             | OPINION  | SNOW_ICE
            Lekplatsen i parken är jättefin, bra jobbat   | OPINION  | PARKS_NATURE
            The bins on my street have not been emptied, I think you should fix it | OPINION | WASTE
            There is a pothole on the road, very dangerous | FAULT   | ROADS_PATHS
            """)
    void moreExamples(String text, Category category, Topic topic) {
        Classification c = CLASSIFIER.classify(text);

        assertThat(c.category()).as(text).isEqualTo(category);
        assertThat(c.topic()).as(text).isEqualTo(topic);
    }

    @Test
    void confidencesStayInRange() {
        for (String text : List.of("?", "hej", "trasig trasig trasig trasig", "snö snow is ice", "x", "12345")) {
            Classification c = CLASSIFIER.classify(text);
            assertThat(c.categoryConfidence()).as(text).isBetween(0.0, 1.0);
            assertThat(c.topicConfidence()).as(text).isBetween(0.0, 1.0);
        }
    }

    @Test
    void confidenceWithoutCuesIsEvenSpread() {
        assertThat(CLASSIFIER.classify("Anna").categoryConfidence()).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void safeFromManyThreads() throws Exception {
        List<String> texts = List.of("Gatlampan utanför Storgatan 12 är trasig", "När töms soptunnorna i Våxnäs?",
                "When is the library open on Sundays?", "Tack så mycket!");
        List<Classification> expected = texts.stream().map(CLASSIFIER::classify).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int k = i % texts.size();
                results.add(pool.submit(() -> CLASSIFIER.classify(texts.get(k)).equals(expected.get(k))));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }
}
