package org.civicbot.classifier.geocoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;

import org.civicbot.classifier.location.GeoPoint;
import org.civicbot.classifier.location.Location;
import org.civicbot.classifier.location.LocationKind;
import org.civicbot.classifier.location.PointSource;
import org.junit.jupiter.api.Test;

class LocatorTest {

    private final Locator locator = new Locator(new GazetteerGeocoder(GazetteerGeocoderTest.GAZETTEER));

    @Test
    void theMostPreciseLocationComesFirstAndUnplacedOnesLast() {
        List<Location> mentions = List.of(
                Location.mention(LocationKind.PLACE, "Okändby", 0, 7, "Okändby"),
                Location.mention(LocationKind.STREET, "Storgatan", 10, 19, "Storgatan"),
                Location.mention(LocationKind.ADDRESS, "Storgatan 3", 25, 36, "Storgatan 3"));

        List<Location> located = locator.locate(mentions, List.of());

        assertThat(located).extracting(Location::normalized, Location::precisionMeters).containsExactly(
                tuple("Storgatan 3", 10), tuple("Storgatan", 283), tuple("Okändby", null)); // half of 567 m
    }

    @Test
    void aPositionSentWithTheMessageIsNamedForStaff() {
        Location gps = Location.position(new GeoPoint(59.37992, 13.49625), 20, PointSource.DEVICE);

        List<Location> located = locator.locate(List.of(), List.of(gps));

        assertThat(located).singleElement().satisfies(l -> {
            assertThat(l.normalized()).isEqualTo("Storgatan 3");
            assertThat(l.lat()).isEqualTo(59.37992);
            assertThat(l.source()).isEqualTo(PointSource.DEVICE);
        });
    }

    @Test
    void textWinsOverAnEquallyPreciseDevicePosition() {
        Location gps = Location.position(new GeoPoint(59.3815, 13.50005), 10, PointSource.DEVICE);
        Location address = Location.mention(LocationKind.ADDRESS, "Storgatan 1", 0, 11, "Storgatan 1");
        assertThat(locator.best(List.of(address), List.of(gps)).orElseThrow().source()).isEqualTo(PointSource.GAZETTEER);
    }

    @Test
    void aFailingGeocoderLosesNoMention() {
        Geocoder broken = new Geocoder() {
            @Override
            public Optional<Geocoded> geocode(Location mention) {
                throw new IllegalStateException("index corrupt");
            }

            @Override
            public Optional<Geocoded> reverse(GeoPoint point) {
                return Optional.empty();
            }
        };
        Location street = Location.mention(LocationKind.STREET, "Storgatan", 0, 9, "Storgatan");
        assertThat(new Locator(broken).locate(List.of(street), List.of())).singleElement()
                .satisfies(l -> assertThat(l.problem()).contains("index corrupt"));
    }
}
