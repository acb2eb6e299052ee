package org.civicbot.bot.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.civicbot.bot.support.ApiClient;
import org.civicbot.bot.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CaseApiTest extends IntegrationTestBase {

    @Test
    void listsCasesPagedAndFilteredByStatus() {
        for (int i = 0; i < 3; i++) {
            api.awaitDecided(api.simulateAccepted("cases-" + i, "Trasig gatlampa på Storgatan " + (10 + i)),
                    Duration.ofSeconds(5));
        }

        JsonNode firstPage = ApiClient.json(api.get("/api/cases?status=new&page=0&size=2"));
        JsonNode secondPage = ApiClient.json(api.get("/api/cases?status=NEW&page=1&size=2"));

        assertThat(firstPage.get("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(firstPage.get("items")).hasSize(2);
        assertThat(firstPage.get("items").get(0).get("status").asString()).isEqualTo("NEW");
        assertThat(secondPage.get("items").get(0).get("number").asString())
                .isNotEqualTo(firstPage.get("items").get(1).get("number").asString());
        assertThat(ApiClient.json(api.get("/api/cases?status=CLOSED")).get("total").asLong()).isZero();
    }

    @Test
    void rejectsAnUnknownStatusAndAnOversizedPage() {
        var badStatus = api.get("/api/cases?status=lost");
        var badSize = api.get("/api/cases?size=5000");

        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(badStatus).get("detail").asString())
                .isEqualTo("Unknown case status; use one of [NEW, IN_PROGRESS, WAITING_FOR_CITIZEN, RESOLVED, CLOSED, DUPLICATE]");
        assertThat(badSize.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(badSize).get("detail").asString()).isEqualTo("size must be between 1 and 200, was 5000");
    }

    @Test
    void anUnknownCaseOrMessageIsNotFound() {
        assertThat(api.get("/api/cases/1999-000001").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/messages/987654321").statusCode()).isEqualTo(404);
    }
}
