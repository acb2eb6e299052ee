package org.civicbot.bot.publicpages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.civicbot.bot.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The tracking page: status, history and dates for whoever has the link; nothing about people. */
class TrackingPageTest extends IntegrationTestBase {

    @Test
    void thePageShowsTheCaseItsHistoryAndDatesButNoStaffNamesOrNotes() {
        CaseFixtures fixtures = new CaseFixtures(api);
        JsonNode kase = fixtures.openCase("tracking-history",
                "Gatlampan på Nygatan 3 är trasig." + CaseFixtures.PERSONAL_AND_HOSTILE);
        String number = kase.get("number").asString();
        fixtures.changeStatus(number, "IN_PROGRESS", "Bertil Handläggare", "Internt: ring Ellevio först");
        api.postJson("/api/cases/" + number + "/notes",
                "{\"actor\": \"Bertil Handläggare\", \"text\": \"Hemlig anteckning\"}");
        fixtures.changeStatus(number, "WAITING_FOR_CITIZEN", "Cecilia Chef", null);

        HttpResponse<String> page = api.get("/t/" + kase.get("trackingToken").asString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Robots-Tag")).hasValue("noindex, nofollow");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("script-src 'self'"));
        String html = page.body();
        assertThat(html).contains("<meta name=\"robots\" content=\"noindex, nofollow\">", "<html lang=\"sv\">",
                "<h1>Ärende " + number + "</h1>", "<dd>Gatubelysning</dd>", "Väntar på kompletterande uppgifter",
                "Svar senast", "(tiden står still medan vi väntar på uppgifter från dig)", "Beräknas vara åtgärdat")
                .containsPattern(
                        "(?s)<ol class=\"history\".*Mottaget.*Under arbete.*Väntar på kompletterande uppgifter.*</ol>")
                .doesNotContain("Bertil", "Cecilia", "Handläggare", "Ellevio", "Hemlig", "tracking-history")
                .doesNotContain(CaseFixtures.NEVER_PUBLIC)
                .doesNotContain("Hur nöjd är du?");
    }

    @Test
    void thePageIsInEnglishWithLangEn() {
        JsonNode kase = new CaseFixtures(api).openCase("tracking-english", "Gatlampan på Kronoparksvägen 3 är trasig");

        String html = api.get("/t/" + kase.get("trackingToken").asString() + "?lang=en").body();

        assertThat(html).contains("<html lang=\"en\">", "<h1>Case " + kase.get("number").asString() + "</h1>",
                "<dd>Street lighting</dd>", "Received", "Reply by");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AAAAAAAAAAAAAAAAAAAAAA", "short", "not-a-token%3Cscript%3Ealert(1)%3C",
            "%3Cimg%20src=x%20onerror=alert(1)%3E"})
    void anUnknownOrMalformedTokenIsNotFoundOnAPageOfTheSameLook(String token) {
        HttpResponse<String> page = api.get("/t/" + token);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<h1>Ärendet finns inte</h1>", "civicbot.css", "noindex")
                .doesNotContain("<script>alert", "<img src=x", "onerror");
        assertThat(api.get("/t/" + token + "/feedback").statusCode()).isEqualTo(404);
    }
}
