package org.civicbot.classifier.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoordinatesInTextTest {

    private static Location only(String text) {
        List<Location> found = CoordinatesInText.find(text);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            hål här 59.3793, 13.5036 tack                                         | 59.3793, 13.5036 | 59.3793 | 13.5036
            hål här 59.3793 13.5036                                               | 59.3793 13.5036 | 59.3793 | 13.5036
            hål här 59,3793 13,5036                                               | 59,3793 13,5036 | 59.3793 | 13.5036
            se https://maps.google.com/?q=59.4102,13.5287.                        | https://maps.google.com/?q=59.4102,13.5287 | 59.4102 | 13.5287
            https://www.google.com/maps/@59.3793,13.5036,17z                      | https://www.google.com/maps/@59.3793,13.5036,17z | 59.3793 | 13.5036
            https://maps.apple.com/?ll=59.3793,13.5036&q=Hål                      | https://maps.apple.com/?ll=59.3793,13.5036&q=Hål | 59.3793 | 13.5036
            https://www.openstreetmap.org/?mlat=59.3793&mlon=13.5036#map=18/59.3793/13.5036 | https://www.openstreetmap.org/?mlat=59.3793&mlon=13.5036#map=18/59.3793/13.5036 | 59.3793 | 13.5036
            geo:59.3793,13.5036                                                   | geo:59.3793,13.5036 | 59.3793 | 13.5036
            N 59° 22.758' E 13° 30.216'                                           | N 59° 22.758' E 13° 30.216' | 59.3793 | 13.5036
            59°22'45.5"N 13°30'13.0"E här                                         | 59°22'45.5"N 13°30'13.0"E | 59.379306 | 13.503611
            """)
    void wgs84InEveryCommonForm(String text, String span, double lat, double lon) {
        Location l = only(text);
        assertThat(l.kind()).isEqualTo(LocationKind.COORDINATES);
        assertThat(l.text()).isEqualTo(span);
        assertThat(l.lat()).isCloseTo(lat, within(1e-4));
        assertThat(l.lon()).isCloseTo(lon, within(1e-4));
        assertThat(l.source()).isEqualTo(PointSource.TEXT);
    }

    @Test
    void swerefTmIsConvertedToWgs84() {
        Location l = only("stolpen står på N 6583000 E 412000");
        // 59.376497 N, 13.451264 E by Lantmäteriet's published Gauss–Krüger formulas, computed independently.
        assertThat(l.lat()).isCloseTo(59.376497, within(1e-5));
        assertThat(l.lon()).isCloseTo(13.451264, within(1e-5));
        assertThat(only("6583012, 412345").point()).isPresent();
    }

    @Test
    void garbageAndForeignCoordinatesAreFoundButNotPlaced() {
        Location garbage = only("gps: 999, 999");
        assertThat(garbage.point()).isEmpty();
        assertThat(garbage.normalized()).isEqualTo("invalid");
        assertThat(garbage.problem()).isEqualTo("not valid coordinates");

        Location oslo = only("det är här 59.9139, 10.7522");
        assertThat(oslo.point()).isEmpty();
        assertThat(oslo.problem()).isEqualTo("outside Sweden");
    }

    @Test
    void aShortMapLinkIsACoordinatesMentionWithoutAPoint() {
        Location l = only("kolla https://maps.app.goo.gl/xK3pQ9Lm2Vb7 där");
        assertThat(l.text()).isEqualTo("https://maps.app.goo.gl/xK3pQ9Lm2Vb7");
        assertThat(l.point()).isEmpty();
        assertThat(l.problem()).contains("without coordinates");
    }

    @Test
    void ordinaryNumbersAreNotCoordinates() {
        assertThat(CoordinatesInText.find("kostar 12.50 kr och 3.5 timmar, tel 054-540 00 00, ärende 2026-000123"))
                .isEmpty();
    }
}
