package org.civicbot.bot.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.civicbot.bot.support.ApiClient;
import org.civicbot.bot.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The demo's routing (demo/routing.yml, its areas as GeoJSON polygons) through the API and the pipeline. */
class RoutingTest extends IntegrationTestBase {

    /** On riksväg 63 north of Karlstad, which Trafikverket maintains. */
    private static final double[] ON_RV63 = {59.430, 13.5375};
    /** In Molkom, one of the outer villages with their own crew. */
    private static final double[] IN_MOLKOM = {59.610, 13.720};
    /** In the city centre. */
    private static final double[] IN_CENTRE = {59.380, 13.500};

    @Test
    void rulesDecideByTopicAndAreaAndTheRestGoesByTopic() {
        assertThat(route("ROADS_PATHS", ON_RV63).get("redirect").asString()).contains("Trafikverket");
        assertThat(route("SNOW_ICE", IN_MOLKOM).get("unitCode").asString()).isEqualTo("GATA_PARK_YTTER");
        assertThat(route("SNOW_ICE", IN_MOLKOM).get("areaCode").asString()).isEqualTo("YTTEROMRADEN");
        assertThat(route("STREET_LIGHTING", IN_CENTRE).get("unitCode").asString()).isEqualTo("GATA_PARK");
        assertThat(route("WATER_SEWAGE", ON_RV63).get("unitCode").asString()).isEqualTo("VA");
        assertThat(ApiClient.json(api.get("/api/routing/route?topic=SNOW_ICE")).get("unitCode").asString())
                .isEqualTo("GATA_PARK");
        assertThat(ApiClient.json(api.get("/api/routing/route?topic=ROADS_PATHS&lat=59.43&lon=13.5375&language=en"))
                .get("redirect").asString()).contains("Swedish Transport Administration");
    }

    @Test
    void aFaultOnAStateRoadIsAnsweredWithWhomToContactInsteadOfACase() {
        ObjectNode post = ApiClient.simulatorPost("routing-rv63", "Det är ett stort hål i vägen här, farligt för cyklister");
        post.putObject("position").put("latitude", ON_RV63[0]).put("longitude", ON_RV63[1]);

        JsonNode message = api.awaitDecided(api.simulateAccepted(post), Duration.ofSeconds(10));

        assertThat(message.get("state").asString()).isEqualTo("ANSWERED");
        assertThat(message.get("caseNumber").isNull()).isTrue();
        assertThat(message.get("decisionReason").asString()).contains("Trafikverket");
        assertThat(message.get("repliedAt").isNull()).isFalse();
        assertThat(message.at("/replies/0/kind").asString()).isEqualTo("REDIRECT");
        assertThat(message.at("/replies/0/text").asString()).contains("0771-921 921");
    }

    @Test
    void badAreasAndRulesAreRefusedSayingWhatIsWrongAndChangeNothing() {
        String bowtie = "{\"name\": \"Fel\", \"kind\": \"DISTRICT\", \"geometry\": {\"type\": \"Polygon\", \"coordinates\":"
                + " [[[13.4, 59.3], [13.5, 59.4], [13.5, 59.3], [13.4, 59.4], [13.4, 59.3]]]}}";
        String point = "{\"name\": \"Fel\", \"kind\": \"DISTRICT\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [13.4, 59.3]}}";
        String noAuthority = "{\"name\": \"Väg\", \"kind\": \"EXTERNAL\", \"geometry\": {\"type\": \"Polygon\", \"coordinates\":"
                + " [[[13.4, 59.3], [13.5, 59.3], [13.5, 59.4], [13.4, 59.3]]]}}";

        assertRefused(api.put("/api/routing/areas/BOWTIE", "application/json", bowtie), 400, "not valid");
        assertRefused(api.put("/api/routing/areas/POINT", "application/json", point), 400, "Polygon or MultiPolygon");
        assertRefused(api.put("/api/routing/areas/VAG", "application/json", noAuthority), 400, "authority");
        assertRefused(api.put("/api/routing/areas/small", "application/json", bowtie), 400, "capital letters");
        assertRefused(api.put("/api/routing/rules", "application/json", "[{\"topics\": [\"SNOW_ICE\"], \"unit\": \"NOPE\"}]"),
                400, "Rule 1: no unit with code NOPE");
        assertRefused(api.put("/api/routing/rules", "application/json", "[{\"topics\": [\"PIZZA\"], \"unit\": \"VA\"}]"),
                400, "unknown topic PIZZA");
        assertRefused(api.put("/api/routing/rules", "application/json",
                "[{\"unit\": \"VA\", \"redirectSv\": \"Ring någon annan\"}]"), 400, "either a unit or a redirectSv");
        assertRefused(api.send("DELETE", "/api/routing/areas/RV63", "application/json",
                java.net.http.HttpRequest.BodyPublishers.noBody()), 409, "used by a routing rule");

        assertThat(ApiClient.json(api.get("/api/routing/rules"))).hasSize(2);
        assertThat(ApiClient.json(api.get("/api/routing/areas")).valueStream().map(a -> a.get("code").asString()))
                .doesNotContain("BOWTIE", "POINT", "VAG");
    }

    @Test
    void areasAndRulesRoundTripThroughTheApi() {
        String park = "{\"name\": \"Mariebergsskogen\", \"kind\": \"DISTRICT\", \"geometry\": {\"type\": \"Polygon\","
                + " \"coordinates\": [[[13.515, 59.368], [13.525, 59.368], [13.525, 59.374], [13.515, 59.374], [13.515, 59.368]]]}}";
        HttpResponse<String> saved = api.put("/api/routing/areas/MARIEBERGSSKOGEN", "application/json", park);
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(saved).at("/geometry/type").asString()).isEqualTo("Polygon");

        String rules = api.get("/api/routing/rules").body();
        HttpResponse<String> same = api.put("/api/routing/rules", "application/json", rules);

        assertThat(same.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(same)).isEqualTo(ApiClient.json(api.get("/api/routing/rules")));
        assertThat(api.send("DELETE", "/api/routing/areas/MARIEBERGSSKOGEN", "application/json",
                java.net.http.HttpRequest.BodyPublishers.noBody()).statusCode()).isEqualTo(204);
    }

    private JsonNode route(String topic, double[] at) {
        return ApiClient.json(api.get("/api/routing/route?topic=" + topic + "&lat=" + at[0] + "&lon=" + at[1]));
    }

    private static void assertRefused(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(ApiClient.json(response).get("detail").asString()).contains(detail);
    }
}
