package org.civicbot.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.civicbot.classifier.geocoding.GazetteerGeocoder;
import org.civicbot.classifier.geocoding.Gazetteer;
import org.civicbot.classifier.geocoding.Locator;
import org.civicbot.classifier.location.LocationKind;
import org.civicbot.classifier.location.SwedishPlaceRecognizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project's bar for locations, on data the models never trained on: exact-span F1 on the held-out
 * messages (ADDRESS, ASSET, COORDINATES ≥ 0.95, PLACE ≥ 0.85), the place-name model's token-level LOC F1 on
 * the held-out news sentences (≥ 0.85), and the best location within 100 m of the address for ≥ 90 % of
 * held-out messages with an address in the demo municipality.
 */
class LocationQualityTest {

    private static LocationScore score;

    @BeforeAll
    static void measure() throws Exception {
        score = LocationScore.of(TrainingCorpus.bundled(), MessageClassifier.withDefaultModel(),
                new Locator(new GazetteerGeocoder(Gazetteer.demo())), SwedishPlaceRecognizer.bundled(),
                Path.of("ner/swedish-ner.txt"));
    }

    @Test
    void spansMeetTheBar() {
        assertThat(score.spans().get(LocationKind.ADDRESS).f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.spans().get(LocationKind.ASSET).f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.spans().get(LocationKind.COORDINATES).f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.spans().get(LocationKind.PLACE).f1()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void placeNamesInNewsAreRecognised() {
        assertThat(score.nerTokens().truePositives() + score.nerTokens().falseNegatives()).isGreaterThan(200);
        assertThat(score.nerTokens().f1()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void addressedMessagesLandWithinAHundredMetres() {
        assertThat(score.addressed()).isGreaterThan(100);
        assertThat(score.withinShare()).isGreaterThanOrEqualTo(0.90);
    }
}
