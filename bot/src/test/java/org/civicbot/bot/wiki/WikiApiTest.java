package org.civicbot.bot.wiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbot.bot.wiki.WikiFixtures.article;
import static org.civicbot.bot.wiki.WikiFixtures.file;
import static org.civicbot.bot.wiki.WikiFixtures.with;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

import org.civicbot.bot.support.ApiClient;
import org.civicbot.bot.support.IntegrationTestBase;
import org.civicbot.bot.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Editing through the API: revisions with their diffs, restoring, publishing, and what is refused. The wiki is
 * shared with the other tests (the demo wiki is in it), so each test has articles of its own, about things the
 * demo wiki never mentions.
 */
class WikiApiTest extends IntegrationTestBase {

    private static final String JSON = "application/json";
    private static final String MARKDOWN = "text/markdown";

    @Autowired
    ActiveWiki activeWiki;

    @Autowired
    MutableClock clock;

    @Test
    void everyChangeIsANewRevisionWithItsDiffAndAnUnchangedSaveWritesNone() {
        String path = "/api/wiki/articles/api-revisions";

        HttpResponse<String> created = api.put(path, JSON, article("Revisioner", "Första stycket.", "anna").toString());
        HttpResponse<String> same = api.put(path, JSON, article("Revisioner", "Första stycket.", "anna").toString());
        HttpResponse<String> changed = api.put(path, JSON, article("Revisioner", "Andra stycket.", "bengt").toString());

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue(path);
        JsonNode draft = ApiClient.json(created);
        assertThat(draft.get("revision").asInt()).isEqualTo(1);
        assertThat(draft.get("published").asBoolean()).isFalse();
        assertThat(draft.get("publicUrl").isNull()).isTrue();
        assertThat(draft.get("updated").asString()).isEqualTo(today().toString());
        assertThat(same.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(same).get("revision").asInt()).isEqualTo(1);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(changed).get("revision").asInt()).isEqualTo(2);
        assertThat(ApiClient.json(changed).get("author").asString()).isEqualTo("bengt");

        JsonNode revisions = ApiClient.json(api.get(path + "/revisions"));
        assertThat(revisions.get("total").asLong()).isEqualTo(2);
        JsonNode second = revisions.get("items").get(0);
        JsonNode first = revisions.get("items").get(1);
        assertThat(second.get("number").asInt()).isEqualTo(2);
        assertThat(second.get("author").asString()).isEqualTo("bengt");
        assertThat(second.get("diff").asString())
                .startsWith("--- a/api-revisions.md\n+++ b/api-revisions.md\n")
                .contains("\n-Första stycket.\n", "\n+Andra stycket.\n")
                .doesNotContain("+title");
        assertThat(first.get("diff").asString())
                .startsWith("--- /dev/null\n+++ b/api-revisions.md\n")
                .contains("\n+title: Revisioner\n", "\n+language: sv\n", "\n+Första stycket.\n");
        assertThat(ApiClient.json(api.get(path + "/revisions/1")).get("body").asString()).isEqualTo("Första stycket.");
        assertThat(ApiClient.json(api.get(path)).get("body").asString()).isEqualTo("Andra stycket.");
    }

    @Test
    void restoringAnOldRevisionWritesANewOneWithItsContent() {
        String path = "/api/wiki/articles/api-restore";
        api.put(path, JSON, with(article("Återställning", "Det som stod först.", "anna"), "tags", "gammal").toString());
        api.put(path, JSON, article("Återställning", "Något som blev fel.", "bengt").toString());

        HttpResponse<String> restored = api.post(path + "/revisions/1/restore?author=carin");
        HttpResponse<String> again = api.post(path + "/revisions/1/restore?author=carin");

        assertThat(restored.statusCode()).isEqualTo(200);
        JsonNode article = ApiClient.json(restored);
        assertThat(article.get("revision").asInt()).isEqualTo(3);
        assertThat(article.get("author").asString()).isEqualTo("carin");
        assertThat(article.get("body").asString()).isEqualTo("Det som stod först.");
        assertThat(article.get("tags").get(0).asString()).isEqualTo("gammal");
        assertThat(ApiClient.json(again).get("revision").asInt()).isEqualTo(3);
        assertThat(ApiClient.json(api.get(path + "/revisions/3")).get("diff").asString())
                .contains("\n-Något som blev fel.\n", "\n+Det som stod först.\n");
    }

    @Test
    void theArticleFileIsAcceptedAsItIsWrittenInTheWikiFolder() {
        String markdown = """
                ---
                title: Filformatet
                language: sv
                topic: OTHER
                tags: [fil, format]
                aliases: ["hur skriver jag en artikel"]
                updated: 2026-11-20
                ---
                ## Rubrik

                Ett stycke med **fetstil**.
                """;

        HttpResponse<String> created = api.put("/api/wiki/articles/api-file?author=dana", MARKDOWN, markdown);

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode article = ApiClient.json(api.get("/api/wiki/articles/api-file"));
        assertThat(article.get("title").asString()).isEqualTo("Filformatet");
        assertThat(article.get("topic").asString()).isEqualTo("OTHER");
        assertThat(article.get("tags").values()).extracting(JsonNode::asString).containsExactly("fil", "format");
        assertThat(article.get("aliases").get(0).asString()).isEqualTo("hur skriver jag en artikel");
        assertThat(article.get("updated").asString()).isEqualTo("2026-11-20");
        assertThat(article.get("body").asString()).isEqualTo("## Rubrik\n\nEtt stycke med **fetstil**.");
        assertThat(article.get("author").asString()).isEqualTo("dana");
    }

    @Test
    void publishingDecidesWhetherTheBotAndThePublicSeeTheArticle() {
        String path = "/api/wiki/articles/api-kvarkflakt";
        String question = "Hur bokar jag kvarkfläkten i Zyxtorp?";
        api.put(path, JSON, with(article("Boka kvarkfläkten i Zyxtorp",
                "Kvarkfläkten i Zyxtorp bokas i e-tjänsten Boka kvarkfläkt. Den kostar 50 kronor per timme.", "anna"),
                "aliases", "hur bokar jag kvarkfläkten").toString());

        assertThat(activeWiki.finder().answer(question, "sv").abstained()).isTrue();
        assertThat(api.get("/wiki/api-kvarkflakt").statusCode()).isEqualTo(404);

        JsonNode published = ApiClient.json(api.post(path + "/publish"));

        assertThat(published.get("published").asBoolean()).isTrue();
        assertThat(published.get("publicUrl").asString()).endsWith("/wiki/api-kvarkflakt");
        assertThat(activeWiki.finder().answer(question, "sv").article().slug()).isEqualTo("api-kvarkflakt");
        assertThat(api.get("/wiki/api-kvarkflakt").statusCode()).isEqualTo(200);
        assertThat(api.get("/wiki").body()).contains("Boka kvarkfläkten i Zyxtorp");

        api.post(path + "/unpublish");

        assertThat(activeWiki.finder().answer(question, "sv").abstained()).isTrue();
        assertThat(api.get("/wiki/api-kvarkflakt").statusCode()).isEqualTo(404);
        assertThat(api.get("/wiki").body()).doesNotContain("Boka kvarkfläkten i Zyxtorp");
    }

    @Test
    void theListIsPagedAndFilteredByLanguageAndTitle() {
        api.put("/api/wiki/articles/api-list-sv", JSON, article("Listning på svenska", "Text.", "anna").toString());
        api.put("/api/wiki/articles/api-list-en", JSON, article("Listing in English", "Text.", "anna")
                .put("language", "en").toString());

        JsonNode english = ApiClient.json(api.get("/api/wiki/articles?language=en&q=LISTING"));
        JsonNode byTitle = ApiClient.json(api.get("/api/wiki/articles?q=listning"));

        assertThat(english.get("total").asLong()).isEqualTo(1);
        assertThat(english.get("items").get(0).get("slug").asString()).isEqualTo("api-list-en");
        assertThat(english.get("items").get(0).get("published").asBoolean()).isFalse();
        assertThat(byTitle.get("items").values()).extracting(item -> item.get("slug").asString())
                .containsExactly("api-list-sv");
        assertThat(api.get("/api/wiki/articles?size=0").statusCode()).isEqualTo(400);
    }

    @Test
    void wrongContentIsRefusedWithTheLibrarysReason() {
        HttpResponse<String> noFrontMatter = api.put("/api/wiki/articles/api-bad?author=anna", MARKDOWN, "Bara text.");
        HttpResponse<String> unknownKey = api.put("/api/wiki/articles/api-bad?author=anna", MARKDOWN,
                "---\ntitle: X\nlanguage: sv\nkeywords: a, b\n---\nText.\n");
        HttpResponse<String> noTitle = api.put("/api/wiki/articles/api-bad", JSON,
                "{\"language\": \"sv\", \"body\": \"Text.\", \"author\": \"anna\"}");
        HttpResponse<String> emptyBody = api.put("/api/wiki/articles/api-bad", JSON, article("X", " ", "anna").toString());
        HttpResponse<String> badSlug = api.put("/api/wiki/articles/Bad_Slug", JSON, article("X", "Text.", "anna").toString());
        HttpResponse<String> noAuthor = api.put("/api/wiki/articles/api-bad", MARKDOWN, file("X", "Text."));
        HttpResponse<String> notJson = api.put("/api/wiki/articles/api-bad", JSON, "{\"title\": ");

        assertThat(noFrontMatter.statusCode()).isEqualTo(422);
        assertThat(detail(noFrontMatter)).isEqualTo("wiki article 'api-bad': no front matter (the file must start with a line '---')");
        assertThat(unknownKey.statusCode()).isEqualTo(422);
        assertThat(detail(unknownKey)).contains("unknown front matter key 'keywords'");
        assertThat(noTitle.statusCode()).isEqualTo(422);
        assertThat(detail(noTitle)).isEqualTo("wiki article 'api-bad': title is missing");
        assertThat(emptyBody.statusCode()).isEqualTo(422);
        assertThat(detail(emptyBody)).contains("body is empty");
        assertThat(badSlug.statusCode()).isEqualTo(422);
        assertThat(detail(badSlug)).startsWith("slug 'Bad_Slug' must be");
        assertThat(noAuthor.statusCode()).isEqualTo(422);
        assertThat(detail(noAuthor)).startsWith("author is missing");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(api.get("/api/wiki/articles/api-bad").statusCode()).isEqualTo(404);
    }

    @Test
    void anArticleOverTheSizeLimitIsRefusedAsTooLarge() {
        String big = "Ord ".repeat(WikiEditor.MAX_ARTICLE_BYTES / 4);
        // Sent chunked, with no length declared up front: the cap must hold while the body is read.
        byte[] huge = ("---\ntitle: X\nlanguage: sv\n---\n" + "x".repeat(2_000_000)).getBytes();

        HttpResponse<String> tooBig = api.put("/api/wiki/articles/api-big?author=anna", MARKDOWN, file("Stor", big));
        HttpResponse<String> endless = api.send("PUT", "/api/wiki/articles/api-big?author=anna", MARKDOWN,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)));

        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(detail(tooBig)).contains("the limit is 200,000");
        assertThat(endless.statusCode()).isEqualTo(413);
        assertThat(detail(endless)).contains("larger than 1,000,000 bytes");
        assertThat(api.get("/api/wiki/articles/api-big").statusCode()).isEqualTo(404);
    }

    @Test
    void whatDoesNotExistIsNotFound() {
        api.put("/api/wiki/articles/api-exists", JSON, article("Finns", "Text.", "anna").toString());

        assertThat(api.get("/api/wiki/articles/api-missing").statusCode()).isEqualTo(404);
        assertThat(detail(api.get("/api/wiki/articles/api-missing"))).isEqualTo("No wiki article 'api-missing'");
        assertThat(api.post("/api/wiki/articles/api-missing/publish").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/wiki/articles/api-missing/revisions").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/wiki/articles/api-exists/revisions/9").statusCode()).isEqualTo(404);
        assertThat(detail(api.get("/api/wiki/articles/api-exists/revisions/9")))
                .isEqualTo("Wiki article 'api-exists' has no revision 9");
        assertThat(api.post("/api/wiki/articles/api-exists/revisions/9/restore?author=anna").statusCode()).isEqualTo(404);
    }

    @Test
    void aSynonymListThatDoesNotParseIsRefusedAndTheListStaysAsItWas() {
        String before = ApiClient.json(api.get("/api/wiki/synonyms")).get("text").asString();

        HttpResponse<String> refused = api.put("/api/wiki/synonyms", JSON,
                "{\"text\": \"sopor, avfall\\nris => kvistar => grenar\", \"author\": \"anna\"}");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(detail(refused)).startsWith("synonym list: Invalid synonym rule at line 2").contains("more than one explicit mapping");
        assertThat(ApiClient.json(api.get("/api/wiki/synonyms")).get("text").asString()).isEqualTo(before);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Stockholm"));
    }

    private static String detail(HttpResponse<String> problem) {
        return ApiClient.json(problem).get("detail").asString();
    }
}
