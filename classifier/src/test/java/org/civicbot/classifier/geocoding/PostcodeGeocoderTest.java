package org.civicbot.classifier.geocoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.civicbot.classifier.location.Location;
import org.civicbot.classifier.location.LocationKind;
import org.civicbot.classifier.location.PointSource;
import org.junit.jupiter.api.Test;

class PostcodeGeocoderTest {

    private static final PostcodeGeocoder POSTCODES = PostcodeGeocoder.bundled();

    @Test
    void aKarlstadPostcodeIsItsLocalityCentroidWithAFewKilometresPrecision() {
        Geocoded g = POSTCODES.geocode(Location.mention(LocationKind.POSTCODE, "65224", 0, 5, "652 24")).orElseThrow();
        assertThat(g.point().lat()).isCloseTo(59.38, within(0.05));
        assertThat(g.point().lon()).isCloseTo(13.50, within(0.05));
        assertThat(g.precisionMeters()).isGreaterThanOrEqualTo(3_000);
        assertThat(g.source()).isEqualTo(PointSource.POSTCODES);
        assertThat(g.name()).startsWith("652 24");
    }

    @Test
    void unknownCodesAndOtherKindsGiveNothing() {
        assertThat(POSTCODES.size()).isGreaterThan(10_000);
        assertThat(POSTCODES.geocode(Location.mention(LocationKind.POSTCODE, "000 00", 0, 6, "000 00"))).isEmpty();
        assertThat(POSTCODES.geocode(Location.mention(LocationKind.STREET, "Storgatan", 0, 9, "Storgatan"))).isEmpty();
    }
}
