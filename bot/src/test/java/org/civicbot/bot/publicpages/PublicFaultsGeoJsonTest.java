package org.civicbot.bot.publicpages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.civicbot.bot.support.ApiClient;
import org.civicbot.bot.support.IntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** The open faults as GeoJSON: what the public may know of each, nothing of who reported it or what they wrote. */
class PublicFaultsGeoJsonTest extends IntegrationTestBase {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private CaseFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CaseFixtures(api);
    }

    @Test
    void anOpenFaultIsAFeatureWithItsTitleStatusDatesAndPointAndNothingPersonal() {
        JsonNode kase = fixtures.openCase("geojson-fault",
                "Gatlampan på Gripvägen 5 är trasig." + CaseFixtures.PERSONAL_AND_HOSTILE);

        HttpResponse<String> response =
                api.get("/api/public/faults.geojson?topic=STREET_LIGHTING&bbox=" + around(kase));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/geo+json"));
        JsonNode collection = ApiClient.json(response);
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.get("truncated").asBoolean()).isFalse();
        JsonNode feature = collection.get("features").get(0);
        assertThat(collection.get("features")).hasSize(1);
        assertThat(feature.get("type").asString()).isEqualTo("Feature");
        assertThat(feature.at("/geometry/type").asString()).isEqualTo("Point");
        assertThat(feature.at("/geometry/coordinates/0").asDouble()).isEqualTo(kase.at("/location/lon").asDouble());
        assertThat(feature.at("/geometry/coordinates/1").asDouble()).isEqualTo(kase.at("/location/lat").asDouble());
        JsonNode properties = feature.get("properties");
        assertThat(properties.propertyNames()).containsExactlyInAnyOrder(
                "title", "topic", "status", "statusText", "place", "reported", "updated", "expected");
        assertThat(properties.get("title").asString()).isEqualTo("Gatubelysning");
        assertThat(properties.get("topic").asString()).isEqualTo("STREET_LIGHTING");
        assertThat(properties.get("status").asString()).isEqualTo("NEW");
        assertThat(properties.get("statusText").asString()).isEqualTo("Mottaget");
        assertThat(properties.get("place").asString()).isEqualTo("Gripvägen 5");
        Instant opened = Instant.parse(kase.get("openedAt").asString());
        assertThat(Instant.parse(properties.get("reported").asString())).isEqualTo(opened);
        assertThat(Instant.parse(properties.get("updated").asString())).isEqualTo(opened);
        assertThat(properties.get("expected").asString()).isEqualTo(
                Instant.parse(kase.get("expectedResolutionAt").asString()).atZone(STOCKHOLM).toLocalDate().toString());

        String everything = api.get("/api/public/faults.geojson?limit=5000").body();
        assertThat(everything).doesNotContain(CaseFixtures.NEVER_PUBLIC)
                .doesNotContain(kase.get("number").asString(), kase.get("trackingToken").asString(), "geojson-fault");
    }

    @Test
    void titlesAreEnglishWithLangEnAndTheLatestStatusChangeIsTheUpdate() {
        JsonNode kase = fixtures.openCase("geojson-english", "Gatlampan på Hammarövägen 3 lyser inte");
        fixtures.changeStatus(kase.get("number").asString(), "IN_PROGRESS", "Anna", null);

        JsonNode properties = ApiClient.json(api.get("/api/public/faults.geojson?lang=en&bbox=" + around(kase)))
                .at("/features/0/properties");

        assertThat(properties.get("title").asString()).isEqualTo("Street lighting");
        assertThat(properties.get("statusText").asString()).isEqualTo("Being worked on");
        assertThat(Instant.parse(properties.get("updated").asString()))
                .isAfter(Instant.parse(properties.get("reported").asString()));
    }

    @Test
    void aResolvedFaultLeavesTheMap() {
        JsonNode kase = fixtures.openCase("geojson-resolved", "Gatlampan på Hagagatan 3 är trasig");
        String bbox = around(kase);
        assertThat(ApiClient.json(api.get("/api/public/faults.geojson?bbox=" + bbox)).get("features")).hasSize(1);

        fixtures.changeStatus(kase.get("number").asString(), "RESOLVED", "Anna", null);

        assertThat(ApiClient.json(api.get("/api/public/faults.geojson?bbox=" + bbox)).get("features")).isEmpty();
    }

    @Test
    void theLimitCutsTheNewestFirstAndSaysSo() {
        fixtures.openCase("geojson-limit-1", "Gatlampan på Klaragatan 3 är trasig");
        JsonNode newest = fixtures.openCase("geojson-limit-2", "Gatlampan på Kolonivägen 3 är trasig");

        JsonNode collection = ApiClient.json(api.get("/api/public/faults.geojson?limit=1"));

        assertThat(collection.get("features")).hasSize(1);
        assertThat(collection.get("truncated").asBoolean()).isTrue();
        assertThat(collection.at("/features/0/properties/reported").asString())
                .isEqualTo(newest.get("openedAt").asString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "bbox=13.4,59.3,13.6|bbox must be four numbers minLon,minLat,maxLon,maxLat, not \"13.4,59.3,13.6\"",
            "bbox=13.4,north,13.6,59.5|bbox part 2 (\"north\") is not a number",
            "bbox=13.6,59.3,13.4,59.5|bbox is minLon,minLat,maxLon,maxLat: minLon 13.6 is east of maxLon 13.4",
            "bbox=13.4,95,13.6,96|bbox must lie within longitudes -180 to 180 and latitudes -90 to 90",
            "topic=LAMPS|topic \"LAMPS\" is unknown; use one of",
            "limit=0|limit must be from 1 to 5000, not 0",
            "limit=many|limit must be a whole number from 1 to 5000, not \"many\""})
    void aBadFilterIsABadRequestSayingWhatIsWrong(String query, String detail) {
        HttpResponse<String> response = api.get("/api/public/faults.geojson?" + query.replace(" ", "%20")
                .replace("\"", "%22"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(ApiClient.json(response).get("detail").asString()).startsWith(detail);
    }

    /** A box of about 35 m around the case's point: its neighbours in other tests are further away. */
    private static String around(JsonNode kase) {
        double lat = kase.at("/location/lat").asDouble();
        double lon = kase.at("/location/lon").asDouble();
        return String.join(",", List.of(lon - 0.0003, lat - 0.00015, lon + 0.0003, lat + 0.00015).stream()
                .map(value -> String.format(Locale.ROOT, "%.6f", value)).toList());
    }
}
