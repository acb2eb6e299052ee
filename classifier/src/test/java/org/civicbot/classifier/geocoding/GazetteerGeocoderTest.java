package org.civicbot.classifier.geocoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.civicbot.classifier.location.GeoPoint;
import org.civicbot.classifier.location.Location;
import org.civicbot.classifier.location.LocationKind;
import org.civicbot.classifier.location.PointSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against a hand-made gazetteer (test resources): two crossing streets, address points, places, an asset. */
class GazetteerGeocoderTest {

    static final Gazetteer GAZETTEER = Gazetteer.loadClasspath("gazetteer-test",
            GazetteerGeocoderTest.class.getClassLoader());
    private final GazetteerGeocoder geocoder = new GazetteerGeocoder(GAZETTEER);

    private Optional<Geocoded> geocode(LocationKind kind, String normalized) {
        return geocoder.geocode(Location.mention(kind, normalized, 0, normalized.length(), normalized));
    }

    @Test
    void readsEveryFile() {
        assertThat(GAZETTEER.municipality().name()).isEqualTo("Testkommun");
        assertThat(GAZETTEER.streetCount()).isEqualTo(2);
        assertThat(GAZETTEER.addressCount()).isEqualTo(8);
        assertThat(GAZETTEER.placeCount()).isEqualTo(2);
        assertThat(GAZETTEER.assetCount()).isEqualTo(1);
    }

    @Test
    void theDemoMunicipalityIsKarlstad() {
        Gazetteer demo = Gazetteer.demo();
        assertThat(demo.municipality().town()).isEqualTo("Karlstad");
        assertThat(demo.streetCount()).isGreaterThan(50);
        assertThat(demo.municipality().contains(new GeoPoint(59.3806, 13.5027))).isTrue();
    }

    @Test
    void anAddressPointIsPreciseToTenMetres() {
        Geocoded g = geocode(LocationKind.ADDRESS, "Storgatan 3").orElseThrow();
        assertThat(g.point()).isEqualTo(new GeoPoint(59.37990, 13.49620));
        assertThat(g.precisionMeters()).isEqualTo(10);
        assertThat(g.source()).isEqualTo(PointSource.GAZETTEER);
        assertThat(geocode(LocationKind.ADDRESS, "Storgatan 4B").orElseThrow().point().lon()).isEqualTo(13.49650);
        // A letter the gazetteer does not have falls back to the number.
        assertThat(geocode(LocationKind.ADDRESS, "Storgatan 6C").orElseThrow().point().lon()).isEqualTo(13.49720);
    }

    @Test
    void aMissingNumberIsPlacedBetweenItsNeighboursOnTheSameSide() {
        Geocoded g = geocode(LocationKind.ADDRESS, "Storgatan 5").orElseThrow();
        assertThat(g.point().lat()).isCloseTo(59.37990, within(1e-6));
        assertThat(g.point().lon()).isCloseTo(13.49720, within(1e-6));
        assertThat(g.precisionMeters()).isEqualTo(30);
    }

    @Test
    void aMisspeltStreetIsStillFound() {
        assertThat(geocode(LocationKind.ADDRESS, "Storgatn 3").orElseThrow().name()).isEqualTo("Storgatan 3");
        assertThat(geocode(LocationKind.ADDRESS, "Stora gatan 3")).isPresent();
    }

    @Test
    void aStreetIsItsMiddleWithHalfItsLengthAsPrecision() {
        Geocoded g = geocode(LocationKind.STREET, "Storgatan").orElseThrow();
        assertThat(g.point().lon()).isCloseTo(13.5000, within(1e-4));
        assertThat(g.precisionMeters()).isBetween(270, 300); // the line is about 570 m
    }

    @Test
    void anIntersectionIsWhereTheStreetsCross() {
        Geocoded g = geocode(LocationKind.INTERSECTION, "Storgatan / Kungsgatan").orElseThrow();
        assertThat(g.point().distanceMeters(new GeoPoint(59.3800, 13.5000))).isLessThan(1);
        assertThat(g.name()).isEqualTo("Storgatan / Kungsgatan");
    }

    @Test
    void placesAndAssets() {
        assertThat(geocode(LocationKind.PLACE, "Vaxnas").orElseThrow().precisionMeters()).isEqualTo(800);
        Geocoded lamp = geocode(LocationKind.ASSET, "12-345").orElseThrow();
        assertThat(lamp.precisionMeters()).isEqualTo(5);
        assertThat(geocode(LocationKind.ASSET, "99-999")).isEmpty();
    }

    @Test
    void unknownNamesAndOtherKindsGiveNothing() {
        assertThat(geocode(LocationKind.ADDRESS, "Okändagatan 3")).isEmpty();
        assertThat(geocode(LocationKind.STREET, "")).isEmpty();
        assertThat(geocode(LocationKind.POSTCODE, "652 24")).isEmpty();
    }

    @Test
    void reverseGivesTheNearestAddressElseTheNearestStreet() {
        assertThat(geocoder.reverse(new GeoPoint(59.37992, 13.49625)).orElseThrow().name()).isEqualTo("Storgatan 3");
        assertThat(geocoder.reverse(new GeoPoint(59.3815, 13.50005)).orElseThrow().name()).isEqualTo("Kungsgatan");
        assertThat(geocoder.reverse(new GeoPoint(59.40, 13.60))).isEmpty();
    }

    @Test
    void aBrokenFileIsAClearError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("municipality.json"), "{\"name\": \"X\"}");
        assertThatThrownBy(() -> Gazetteer.load(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not in the documented format");
    }
}
