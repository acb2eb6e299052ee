package org.civicbot.bot.wiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbot.bot.wiki.WikiFixtures.article;
import static org.civicbot.bot.wiki.WikiFixtures.with;

import java.net.http.HttpResponse;

import org.civicbot.bot.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;

/**
 * The public wiki pages: what editors wrote is shown, never run, whatever they wrote; the search finds what the
 * bot would answer; unpublished articles do not exist for the public.
 */
class WikiPublicPagesTest extends IntegrationTestBase {

    private static final String JSON = "application/json";
    private static final String POLICY = "default-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'";

    @Test
    void aHostileArticleIsShownAsTextAndItsLinksAreDisarmed() {
        String body = """
                Vanlig text om fientliga sidor.

                <script>alert(1)</script>

                <iframe src=x></iframe>

                En bild <img src=x onerror=alert(1)> och en [klick](javascript:alert(1)) och [riktig länk](https://example.org/sida).
                """;
        publish("pages-hostile", article("<script>alert(2)</script> Fientlig sida", body, "mallory").toString());

        HttpResponse<String> page = api.get("/wiki/pages-hostile");
        HttpResponse<String> list = api.get("/wiki");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .doesNotContain("<script>alert", "<iframe", "href=\"javascript:")
                .doesNotContainPattern("<[^>]*\\sonerror=")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;iframe src=x&gt;", "<a rel=\"nofollow\" href=\"\">klick</a>")
                .contains("<a rel=\"nofollow\" href=\"https://example.org/sida\">riktig länk</a>")
                .contains("<h1>&lt;script&gt;alert(2)&lt;/script&gt; Fientlig sida</h1>")
                .contains("<article lang=\"sv\">");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(POLICY);
        assertThat(list.body()).doesNotContain("<script>alert").contains("&lt;script&gt;alert(2)&lt;/script&gt; Fientlig sida");
        assertThat(list.headers().firstValue("Content-Security-Policy")).hasValue(POLICY);
    }

    @Test
    void anArticleIsRenderedFromMarkdownInItsLanguageOnASwedishPage() {
        publish("pages-rendered", article("Renderad artikel", "## Öppettider\n\n- måndag\n- tisdag\n\nSe **noga**.",
                "anna").put("language", "en").put("updated", "2026-11-20").toString());

        String page = api.get("/wiki/pages-rendered").body();

        assertThat(page).contains("<html lang=\"sv\"", "<article lang=\"en\">", "<h2>Öppettider</h2>",
                "<li>måndag</li>", "<strong>noga</strong>", "Uppdaterad", "datetime=\"2026-11-20\"", "20 november 2026");
    }

    @Test
    void theSearchShowsThePassageThatAnswersAsAQuoteAndTheRankedArticles() {
        publish("pages-lysmask", with(article("Lysmaskar i Pärlviken",
                "## Var finns de\n\nLysmaskarna i Pärlviken syns i juli vid stigen längs stranden.\n\n"
                        + "## Annat\n\nGrillplatsen vid Pärlviken är öppen hela året.", "anna"),
                "aliases", "var finns lysmaskarna").toString());

        String page = api.get("/wiki?q=Var+finns+lysmaskarna+i+P%C3%A4rlviken%3F").body();

        assertThat(page).contains("Sökresultat för ”Var finns lysmaskarna i Pärlviken?”")
                .contains("<blockquote lang=\"sv\" cite=\"/wiki/pages-lysmask\">")
                .contains("Lysmaskarna i Pärlviken syns i juli vid stigen längs stranden.")
                .contains("<a href=\"/wiki/pages-lysmask\" lang=\"sv\">Lysmaskar i Pärlviken</a>");
        assertThat(page.substring(page.indexOf("<blockquote"), page.indexOf("</blockquote>")))
                .doesNotContain("Grillplatsen");
    }

    @Test
    void aSearchWithoutAnswerSaysSoAndTheQuestionIsEscaped() {
        String page = api.get("/wiki?q=%3Cq%3Exyzzyqwv%3C%2Fq%3E").body();

        assertThat(page).contains("&lt;q&gt;xyzzyqwv&lt;/q&gt;").doesNotContain("<q>xyzzy")
                .contains("Inga artiklar matchar din sökning.").doesNotContain("<blockquote");
    }

    @Test
    void unpublishedAndUnknownArticlesAreNotFound() {
        api.put("/api/wiki/articles/pages-draft", JSON, article("Utkast", "Inte klart.", "anna").toString());

        HttpResponse<String> draft = api.get("/wiki/pages-draft");
        HttpResponse<String> unknown = api.get("/wiki/finns-inte-alls");

        assertThat(draft.statusCode()).isEqualTo(404);
        assertThat(draft.body()).contains("Sidan finns inte").doesNotContain("Inte klart.");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Security-Policy")).hasValue(POLICY);
        assertThat(api.get("/wiki").body()).doesNotContain("Utkast");
    }

    @Test
    void speaksEnglishOnRequest() {
        String page = api.get("/wiki?lang=en").body();

        assertThat(page).contains("<html lang=\"en\"", "Questions and answers", "Search the answers", "All articles");
    }

    private void publish(String slug, String json) {
        assertThat(api.put("/api/wiki/articles/" + slug, JSON, json).statusCode()).isEqualTo(201);
        assertThat(api.post("/api/wiki/articles/" + slug + "/publish").statusCode()).isEqualTo(200);
    }
}
