package org.civicbot.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;

import org.civicbot.classifier.location.Location;
import org.civicbot.classifier.location.LocationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
        Location location = c.primaryLocation().orElseThrow();
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
        Location location = c.primaryLocation().orElseThrow();
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
        Location location = c.primaryLocation().orElseThrow();
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
        Location location = c.primaryLocation().orElseThrow();
        assertThat(location.kind()).isEqualTo(LocationKind.ADDRESS);
        assertThat(location.normalized()).isEqualTo("Drottninggatan 7");
        assertThat(location.text()).isEqualTo("Drottningg. 7");
    }

    @Test
    void severalAgreeingCuesAreSurerThanOneVagueOne() {
        Classification vague = CLASSIFIER.classify("Lampan");
        Classification clear = CLASSIFIER.classify("Lampan är trasig och lyser inte, helt sönder");

        assertThat(clear.category()).isEqualTo(Category.FAULT);
        assertThat(clear.categoryConfidence()).isGreaterThan(vague.categoryConfidence());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\t"})
    void blankText(String text) {
        Classification c = CLASSIFIER.classify(text);

        assertThat(c).isEqualTo(new Classification(Category.OTHER, 0, Topic.OTHER, 0, "und", List.of(),
                CLASSIFIER.modelVersion()));
        assertThat(c.primaryLocation()).isEmpty();
    }

    @Test
    void emojiOnlyHasNoLanguageButStillAResult() {
        Classification c = CLASSIFIER.classify("👍😀");

        assertThat(c.language()).isEqualTo("und");
        assertThat(c.categoryConfidence()).isBetween(0.0, 1.0);
    }

    @Test
    void binaryGarbageRightToLeftTextAndLonePunctuationGiveResults() {
        String garbage = new String(new char[] {0, 1, 2, 0xFFFD, 0xD800, 27, 127, 0x202E, 'a'});
        for (String text : List.of(garbage, "?", "!!!", "12345", "‮أين أضع القمامة الكبيرة؟")) {
            Classification c = CLASSIFIER.classify(text);
            assertThat(c.categoryConfidence()).as(text).isBetween(0.0, 1.0);
            assertThat(c.topicConfidence()).as(text).isBetween(0.0, 1.0);
        }
    }

    @Test
    void arabicIsArabic() {
        Classification c = CLASSIFIER.classify("مصباح الشارع في شارع ستور مكسور منذ أسبوع");

        assertThat(c.language()).isEqualTo("ar");
    }

    @Test
    void emojiDoNotDisturbOffsets() {
        String text = "💡😡 Gatlampan på Storgatan 12 är trasig 💡";
        Classification c = CLASSIFIER.classify(text);

        assertThat(c.category()).isEqualTo(Category.FAULT);
        assertThat(c.topic()).isEqualTo(Topic.STREET_LIGHTING);
        Location location = c.primaryLocation().orElseThrow();
        assertThat(text.substring(location.start(), location.end())).isEqualTo("Storgatan 12");
    }

    @Test
    void aHundredKilobytesOfTextIsJudgedOnItsBeginning() {
        String sentence = "Gatlampan på Storgatan 12 är trasig och jag tycker att det är dåligt. ";
        String text = sentence.repeat(100_000 / sentence.length() + 1);

        Classification c = CLASSIFIER.classify(text);

        assertThat(c.category()).isEqualTo(Category.FAULT);
        assertThat(c.topic()).isEqualTo(Topic.STREET_LIGHTING);
        assertThat(c.locations()).isNotEmpty().allSatisfy(l -> assertThat(l.end()).isLessThanOrEqualTo(Features.MAX_CHARS));
    }

    /**
     * Hand-written examples outside the corpus. A statistical model gets some wrong (its measured held-out
     * accuracy is the real guard, see HeldOutQualityTest), so this asserts that most are right and prints the
     * misses; docs/classifier.md lists them as known errors.
     */
    @Test
    void mostHandWrittenExamplesAreRight() {
        List<String[]> examples = List.of(
                new String[] {"Soptunnan har inte tömts på två veckor", "FAULT", "WASTE"},
                new String[] {"Det är klotter på skolans vägg", "FAULT", "GRAFFITI_LITTER"},
                new String[] {"Trafikljuset i korsningen fungerar inte", "FAULT", "TRAFFIC_SIGNS_SIGNALS"},
                new String[] {"Hur ansöker jag om bygglov för ett plank?", "QUESTION", "PERMITS_PLANNING"},
                new String[] {"Var får man parkera i centrum?", "QUESTION", "PARKING"},
                new String[] {"Hur söker jag plats på förskola?", "QUESTION", "SCHOOL_CHILDCARE"},
                new String[] {"Min mamma behöver hemtjänst, hur gör jag?", "QUESTION", "SOCIAL_CARE"},
                new String[] {"Bra jobbat med snöröjningen i år!", "OPINION", "SNOW_ICE"},
                new String[] {"Lekplatsen i parken är jättefin, bra jobbat", "OPINION", "PARKS_NATURE"},
                new String[] {"Jag tycker att det är dåligt att ni har stängt badhuset", "OPINION", "CULTURE_LEISURE"},
                new String[] {"There is a pothole on the road, very dangerous", "FAULT", "ROADS_PATHS"},
                new String[] {"Jag heter Anna och bor i Eskilstuna", "OTHER", "OTHER"});
        List<String> misses = new ArrayList<>();
        for (String[] e : examples) {
            Classification c = CLASSIFIER.classify(e[0]);
            if (!c.category().name().equals(e[1]) || !c.topic().name().equals(e[2])) {
                misses.add(e[0] + " → " + c.category() + "/" + c.topic());
            }
        }
        System.out.println("hand-written examples missed: " + misses);

        assertThat(misses.size()).as(misses.toString()).isLessThanOrEqualTo(examples.size() / 4);
    }

    @Test
    void recordsWhichModelDecided() {
        assertThat(CLASSIFIER.classify("Trasig lampa").modelVersion()).isEqualTo(CLASSIFIER.modelVersion())
                .startsWith(ClassifierModel.FEATURES_VERSION + "-");
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
