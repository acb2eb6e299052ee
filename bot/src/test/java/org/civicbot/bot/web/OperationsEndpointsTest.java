package org.civicbot.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.civicbot.bot.support.ApiClient;
import org.civicbot.bot.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What operations and API clients rely on: health of both stores, and the OpenAPI document. */
class OperationsEndpointsTest extends IntegrationTestBase {

    @Test
    void healthShowsTheDatabaseAndRedis() {
        JsonNode health = ApiClient.json(api.get("/actuator/health"));

        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/db/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/redis/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/redis/details/ping").asString()).isEqualTo("PONG");
    }

    @Test
    void servesAnOpenApiDocumentOfThePublicApi() {
        JsonNode openApi = ApiClient.json(api.get("/v3/api-docs"));

        assertThat(openApi.get("openapi").asString()).startsWith("3.");
        assertThat(openApi.get("paths").propertyNames())
                .contains("/api/simulator/messages", "/api/simulator/conversations/{sender}", "/api/messages/{id}",
                        "/api/cases", "/api/cases/{number}", "/api/wiki/articles", "/api/wiki/articles/{slug}",
                        "/api/wiki/articles/{slug}/revisions", "/api/wiki/synonyms", "/api/wiki/export",
                        "/api/wiki/import");
        JsonNode schemas = openApi.at("/components/schemas");
        assertThat(schemas.at("/SimulatorPost/properties/photo/format").asString()).isEqualTo("byte");
        assertThat(schemas.at("/SimulatorPost/properties/position/$ref").asString()).endsWith("/SimulatorPosition");
        assertThat(schemas.at("/MessageView/properties/location/$ref").asString()).endsWith("/StoredLocation");
        assertThat(schemas.at("/MessageView/properties/locations/items/$ref").asString()).endsWith("/StoredLocation");
        assertThat(schemas.at("/Case/properties/location/$ref").asString()).endsWith("/StoredLocation");
        assertThat(schemas.at("/StoredLocation/properties").propertyNames())
                .contains("kind", "text", "normalized", "lat", "lon", "precisionMeters", "source");
    }
}
