package org.civicbot.bot.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.civicbot.bot.publicpages.CaseFixtures;
import org.civicbot.bot.support.ApiClient;
import org.civicbot.bot.support.IntegrationTestBase;
import org.civicbot.bot.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** After resolution the citizen is asked, answers with one tap, and the answer shows in the report. */
class SatisfactionTest extends IntegrationTestBase {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private CaseFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CaseFixtures(api);
    }

    @Test
    void resolvingAsksTheQuestionAndATapIsStoredAndReported() throws Exception {
        JsonNode kase = fixtures.openCase("satisfaction-tap", "Gatlampan på Skattkärrsvägen 3 är trasig");
        String token = kase.get("trackingToken").asString();
        JsonNode before = report("");

        fixtures.changeStatus(kase.get("number").asString(), "RESOLVED", "Anna", null);

        assertThat(resolvedUpdate("satisfaction-tap")).endsWith("/t/" + token + "/feedback");
        assertThat(api.get("/t/" + token).body()).contains("href=\"/t/" + token + "/feedback\"");
        String question = api.get("/t/" + token + "/feedback").body();
        assertThat(question).contains("Hur nöjd är du med hur vi tog hand om ditt ärende?", "noindex")
                .containsPattern("(?s)(<form method=\"post\" action=\"/t/" + token + "/feedback\">.*?</form>.*?){5}")
                .contains("<button type=\"submit\">Mycket nöjd</button>",
                        "<button type=\"submit\">Mycket missnöjd</button>");

        HttpResponse<String> tap = tap(token, "score=4", null);

        assertThat(tap.statusCode()).isEqualTo(303);
        assertThat(tap.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/t/" + token + "/feedback?lang=sv"));
        assertThat(api.get("/t/" + token + "/feedback").body()).contains("Tack! Ditt svar: Ganska nöjd.");
        JsonNode after = report("");
        assertThat(after.at("/overall/answers").asLong()).isEqualTo(before.at("/overall/answers").asLong() + 1);
        assertThat(after.at("/overall/counts/4").asLong()).isEqualTo(before.at("/overall/counts/4").asLong() + 1);
        JsonNode unit = after.get("byUnit").valueStream()
                .filter(u -> kase.get("unitCode").asString().equals(u.get("unitCode").asString()))
                .findFirst().orElseThrow();
        assertThat(unit.get("unitName").asString()).isEqualTo(kase.get("unitName").asString());
        assertThat(unit.get("answers").asLong()).isPositive();
        assertThat(after.get("byTopic").valueStream().map(t -> t.get("topic").asString())).contains("STREET_LIGHTING");
    }

    @Test
    void theLatestTapWinsAndTheAverageFollows() throws Exception {
        JsonNode kase = fixtures.openCase("satisfaction-change", "Gatlampan på Råtorpsvägen 3 är trasig");
        String token = kase.get("trackingToken").asString();
        fixtures.changeStatus(kase.get("number").asString(), "RESOLVED", "Anna", null);
        tap(token, "score=1", null);
        JsonNode before = report("");

        tap(token, "score=5", null);

        JsonNode after = report("");
        assertThat(after.at("/overall/answers").asLong()).isEqualTo(before.at("/overall/answers").asLong());
        assertThat(after.at("/overall/counts/1").asLong()).isEqualTo(before.at("/overall/counts/1").asLong() - 1);
        assertThat(after.at("/overall/counts/5").asLong()).isEqualTo(before.at("/overall/counts/5").asLong() + 1);
        assertThat(after.at("/overall/average").asDouble()).isGreaterThan(before.at("/overall/average").asDouble());
        assertThat(api.get("/t/" + token + "/feedback?lang=en").body())
                .contains("Thank you! Your answer: Very satisfied.");
    }

    @Test
    void aRangeCountsOnlyTheAnswersGivenOnItsDays() throws Exception {
        JsonNode kase = fixtures.openCase("satisfaction-range", "Gatlampan på Rudsvägen 3 är trasig");
        fixtures.changeStatus(kase.get("number").asString(), "RESOLVED", "Anna", null);
        LocalDate today = LocalDate.ofInstant(clock.instant(), STOCKHOLM);
        String yesterday = "?to=" + today.minusDays(1);
        String onlyToday = "?from=" + today + "&to=" + today;
        JsonNode pastBefore = report(yesterday);
        JsonNode todayBefore = report(onlyToday);

        tap(kase.get("trackingToken").asString(), "score=3", null);

        assertThat(report(yesterday).get("overall")).isEqualTo(pastBefore.get("overall"));
        JsonNode todayAfter = report(onlyToday);
        assertThat(todayAfter.get("from").asString()).isEqualTo(today.toString());
        assertThat(todayAfter.at("/overall/counts/3").asLong())
                .isEqualTo(todayBefore.at("/overall/counts/3").asLong() + 1);
    }

    @Test
    void aTapIsRefusedBeforeResolutionFromAnotherSiteOrOutsideTheScale() throws Exception {
        JsonNode kase = fixtures.openCase("satisfaction-refused", "Gatlampan på Ruds allé 3 är trasig");
        String token = kase.get("trackingToken").asString();

        assertThat(tap(token, "score=5", null).statusCode()).isEqualTo(409);
        fixtures.changeStatus(kase.get("number").asString(), "RESOLVED", "Anna", null);
        assertThat(tap(token, "score=5", "cross-site").statusCode()).isEqualTo(403);
        HttpResponse<String> outside = tap(token, "score=9", "same-origin");
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(outside.body()).contains("Svaret kunde inte tas emot. Tryck på ett av svaren.");
        assertThat(tap(token, "score=%3Cscript%3Ealert(1)%3C%2Fscript%3E", null).body())
                .doesNotContain("<script>alert");
        assertThat(tap("AAAAAAAAAAAAAAAAAAAAAA", "score=5", null).statusCode()).isEqualTo(404);
        assertThat(api.get("/t/" + token + "/feedback").body()).doesNotContain("Tack!");
    }

    @Test
    void aBadRangeIsABadRequestSayingWhatIsWrong() {
        HttpResponse<String> notADate = api.get("/api/reports/satisfaction?from=yesterday");
        HttpResponse<String> backwards = api.get("/api/reports/satisfaction?from=2026-12-02&to=2026-12-01");

        assertThat(notADate.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(notADate).get("detail").asString())
                .isEqualTo("from must be a date as YYYY-MM-DD, not \"yesterday\"");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(backwards).get("detail").asString())
                .isEqualTo("from (2026-12-02) is after to (2026-12-01)");
    }

    private JsonNode report(String query) {
        HttpResponse<String> response = api.get("/api/reports/satisfaction" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    private String resolvedUpdate(String sender) {
        String[] text = new String[1];
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            JsonNode lines = ApiClient.json(api.get("/api/simulator/conversations/" + sender)).get("lines");
            text[0] = lines.valueStream().filter(line -> "STATUS_UPDATE".equals(line.get("kind").asString()))
                    .map(line -> line.get("text").asString()).findFirst().orElse(null);
            return text[0] != null;
        });
        return text[0];
    }

    /** A tap on one of the answers: the form's POST, as a browser sends it. */
    private HttpResponse<String> tap(String token, String form, String fetchSite)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/t/" + token + "/feedback"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (fetchSite != null) {
            request.header("Sec-Fetch-Site", fetchSite);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
