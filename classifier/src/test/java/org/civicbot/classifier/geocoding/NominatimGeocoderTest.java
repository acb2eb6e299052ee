package org.civicbot.classifier.geocoding;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.civicbot.classifier.location.GeoPoint;
import org.civicbot.classifier.location.Location;
import org.civicbot.classifier.location.LocationKind;
import org.civicbot.classifier.location.PointSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;

/** The client against a local server answering with Nominatim's documented jsonv2 payloads. */
class NominatimGeocoderTest {

    /** A street in Karlstad and one of the same name far outside the viewbox, as /search returns them. */
    private static final String SEARCH_STORGATAN = """
            [{"place_id":201,"licence":"Data © OpenStreetMap contributors, ODbL 1.0. https://osm.org/copyright",
              "osm_type":"way","osm_id":4711,"lat":"57.7060","lon":"11.9680","category":"highway","type":"residential",
              "place_rank":26,"importance":0.1,"addresstype":"road","name":"Storgatan",
              "display_name":"Storgatan, Göteborg, Västra Götalands län, Sverige",
              "boundingbox":["57.7050","57.7070","11.9660","11.9700"]},
             {"place_id":202,"licence":"Data © OpenStreetMap contributors, ODbL 1.0. https://osm.org/copyright",
              "osm_type":"way","osm_id":4712,"lat":"59.3801","lon":"13.5029","category":"highway","type":"residential",
              "place_rank":26,"importance":0.1,"addresstype":"road","name":"Storgatan",
              "display_name":"Storgatan, Centrum, Karlstad, Karlstads kommun, Värmlands län, 652 24, Sverige",
              "boundingbox":["59.3795","59.3807","13.4990","13.5070"]}]
            """;
    private static final String REVERSE = """
            {"place_id":301,"licence":"Data © OpenStreetMap contributors, ODbL 1.0. https://osm.org/copyright",
             "osm_type":"node","osm_id":99,"lat":"59.38012","lon":"13.50301","category":"place","type":"house",
             "place_rank":30,"importance":0.0,"addresstype":"place","name":"",
             "display_name":"12, Storgatan, Centrum, Karlstad, Karlstads kommun, Värmlands län, 652 24, Sverige",
             "address":{"house_number":"12","road":"Storgatan","suburb":"Centrum","city":"Karlstad",
                        "postcode":"652 24","country":"Sverige","country_code":"se"},
             "boundingbox":["59.38007","59.38017","13.50296","13.50306"]}
            """;

    private static final WireMockServer NOMINATIM = new WireMockServer(wireMockConfig().dynamicPort());
    private static final Gazetteer.Municipality KARLSTAD = new Gazetteer.Municipality("Karlstad kommun", "1780",
            13.10, 59.25, 13.85, 59.65);

    @BeforeAll
    static void start() {
        NOMINATIM.start();
    }

    @AfterAll
    static void stop() {
        NOMINATIM.stop();
    }

    @BeforeEach
    void reset() {
        NOMINATIM.resetAll();
    }

    private static NominatimGeocoder client(Duration minInterval) {
        return new NominatimGeocoder(settings(minInterval));
    }

    private static NominatimGeocoder.Settings settings(Duration minInterval) {
        return new NominatimGeocoder.Settings(URI.create(NOMINATIM.baseUrl()), "Karlstad", KARLSTAD, minInterval, 100,
                Duration.ofSeconds(2), "civicbot-test");
    }

    private static Location street(String name) {
        return Location.mention(LocationKind.STREET, name, 0, name.length(), name);
    }

    @Test
    void searchesSwedenInTheMunicipalitysViewboxAndPrefersResultsInsideIt() {
        NOMINATIM.stubFor(get(urlPathEqualTo("/search")).willReturn(okJson(SEARCH_STORGATAN)));

        Geocoded g = client(Duration.ZERO).geocode(street("Storgatan")).orElseThrow();

        assertThat(g.point()).isEqualTo(new GeoPoint(59.3801, 13.5029));
        assertThat(g.source()).isEqualTo(PointSource.NOMINATIM);
        assertThat(g.precisionMeters()).isBetween(200, 300); // half the diagonal of the bounding box
        assertThat(g.name()).contains("Karlstad");
        NOMINATIM.verify(getRequestedFor(urlPathEqualTo("/search"))
                .withQueryParam("q", equalTo("Storgatan, Karlstad"))
                .withQueryParam("countrycodes", equalTo("se"))
                .withQueryParam("format", equalTo("jsonv2"))
                .withQueryParam("viewbox", equalTo("13.10000,59.65000,13.85000,59.25000"))
                .withHeader("User-Agent", equalTo("civicbot-test")));
    }

    @Test
    void answersAreCachedSoTheSameStreetIsAskedForOnce() {
        NOMINATIM.stubFor(get(urlPathEqualTo("/search")).willReturn(okJson(SEARCH_STORGATAN)));
        NominatimGeocoder client = client(Duration.ZERO);

        client.geocode(street("Storgatan"));
        client.geocode(street("Storgatan"));

        NOMINATIM.verify(1, getRequestedFor(urlPathEqualTo("/search")));
    }

    @Test
    void requestsKeepThePoliteInterval() {
        NOMINATIM.stubFor(get(urlPathEqualTo("/search")).willReturn(okJson("[]")));
        // A clock that only moves when the client pauses: the pauses are exactly what pacing asked for.
        long[] now = {1_000_000_000L};
        List<Long> pauses = new ArrayList<>();
        NominatimGeocoder client = new NominatimGeocoder(settings(Duration.ofMillis(300)), () -> now[0], nanos -> {
            pauses.add(nanos);
            now[0] += nanos;
        });

        client.geocode(street("Storgatan"));
        now[0] += Duration.ofMillis(100).toNanos();
        client.geocode(street("Kungsgatan"));
        now[0] += Duration.ofMillis(500).toNanos();
        client.geocode(street("Drottninggatan"));

        assertThat(NOMINATIM.findAll(getRequestedFor(urlPathEqualTo("/search")))).hasSize(3);
        // The second came 100 ms after the first and waited the remaining 200 ms; the third was already due.
        assertThat(pauses).containsExactly(Duration.ofMillis(200).toNanos());
    }

    @Test
    void serverErrorsAndNonsenseGiveNothingAndErrorsAreRetriedLater() {
        NOMINATIM.stubFor(get(urlPathEqualTo("/search")).willReturn(aResponse().withStatus(503)));
        NominatimGeocoder client = client(Duration.ZERO);
        assertThat(client.geocode(street("Storgatan"))).isEmpty();
        assertThat(client.geocode(street("Storgatan"))).isEmpty();
        NOMINATIM.verify(2, getRequestedFor(urlPathEqualTo("/search")));

        NOMINATIM.stubFor(get(urlPathEqualTo("/search")).willReturn(okJson("<html>not json")));
        assertThat(client.geocode(street("Kungsgatan"))).isEmpty();
        NOMINATIM.stubFor(get(urlPathEqualTo("/search")).willReturn(okJson("[{\"lat\":\"999\",\"lon\":\"x\"}]")));
        assertThat(client.geocode(street("Hamngatan"))).isEmpty();
    }

    @Test
    void anUnreachableServerGivesNothing() {
        NominatimGeocoder client = new NominatimGeocoder(new NominatimGeocoder.Settings(URI.create("http://127.0.0.1:9"),
                "Karlstad", KARLSTAD, Duration.ZERO, 10, Duration.ofSeconds(1), "civicbot-test"));
        assertThat(client.geocode(street("Storgatan"))).isEmpty();
    }

    @Test
    void postcodesUseTheStructuredSearchAndAssetsAreNotAsked() {
        NOMINATIM.stubFor(get(urlPathEqualTo("/search")).willReturn(okJson("[]")));
        NominatimGeocoder client = client(Duration.ZERO);
        client.geocode(Location.mention(LocationKind.POSTCODE, "65224", 0, 5, "652 24"));
        client.geocode(Location.mention(LocationKind.ASSET, "stolpe 4711", 0, 11, "4711"));
        NOMINATIM.verify(1, getRequestedFor(urlPathEqualTo("/search")).withQueryParam("postalcode", equalTo("65224")));
    }

    @Test
    void reverseGivesRoadAndHouseNumber() {
        NOMINATIM.stubFor(get(urlPathEqualTo("/reverse")).willReturn(okJson(REVERSE)));
        Geocoded g = client(Duration.ZERO).reverse(new GeoPoint(59.38012, 13.50301)).orElseThrow();
        assertThat(g.name()).isEqualTo("Storgatan 12");
        assertThat(g.point().lat()).isCloseTo(59.38012, within(1e-6));
        NOMINATIM.verify(getRequestedFor(urlPathEqualTo("/reverse")).withQueryParam("lat", equalTo("59.380120"))
                .withQueryParam("zoom", equalTo("18")));

        NOMINATIM.stubFor(get(urlPathEqualTo("/reverse")).willReturn(okJson("{\"error\":\"Unable to geocode\"}")));
        assertThat(client(Duration.ZERO).reverse(new GeoPoint(59.0, 13.0))).isEmpty();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8").withBody(body);
    }

    private static StringValuePattern equalTo(String value) {
        return WireMock.equalTo(value);
    }
}
