package org.civicbot.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.civicbot.bot.support.ApiClient;
import org.civicbot.bot.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;

/** The first staff page: newest messages with category, topic, place, state and deadline, citizen text escaped. */
class InboxPageTest extends IntegrationTestBase {

    @Test
    void showsTheNewestMessagesWithWhatTheBotMadeOfThem() {
        long id = api.simulateAccepted("inbox-fault", "Gatlampan utanför Storgatan 99 är trasig");
        String caseNumber = api.awaitDecided(id, Duration.ofSeconds(5)).get("caseNumber").asString();

        String page = api.get("/").body();

        assertThat(page).contains("<html lang=\"sv\"")
                .contains("Gatlampan utanför Storgatan 99 är trasig")
                .contains("Felanmälan").contains("Gatubelysning").contains("Ärende skapat")
                .contains(caseNumber)
                .contains("Plats").contains("kommunens karta")
                .contains("Svara senast");
    }

    @Test
    void citizenTextIsNeverRenderedAsMarkup() {
        api.simulateAccepted("inbox-hostile", "<script>alert('x')</script><img src=x onerror=alert(1)> trasig lampa");

        String page = api.get("/").body();

        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }

    @Test
    void speaksEnglishOnRequestAndRemembersIt() {
        HttpResponse<String> english = api.get("/?lang=en");

        assertThat(english.body()).contains("<html lang=\"en\"").contains("Inbox").contains("Reply by");
        assertThat(english.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).startsWith("civicbot-lang=en"));
    }

    @Test
    void aNegativePageIsAClearError() {
        assertThat(api.get("/?page=-1").statusCode()).isEqualTo(400);
    }
}
