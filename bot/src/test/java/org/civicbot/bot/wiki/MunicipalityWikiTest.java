package org.civicbot.bot.wiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicbot.bot.wiki.WikiFixtures.article;
import static org.civicbot.bot.wiki.WikiFixtures.file;
import static org.civicbot.bot.wiki.WikiFixtures.utf8;
import static org.civicbot.bot.wiki.WikiFixtures.zip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicbot.bot.support.ApiClient;
import org.civicbot.bot.support.IntegrationTestBase;
import org.civicbot.bot.support.MutableClock;
import org.civicbot.knowledge.WikiArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A municipality's own wiki, without the demo: filled from its folder at the first start, exported and imported
 * as a zip, its synonym list edited, and changes made by another instance picked up. This wiki is the test's
 * alone (its own application context and database), so it may be emptied and refilled.
 */
class MunicipalityWikiTest extends IntegrationTestBase {

    private static final String JSON = "application/json";
    private static final String ZIP = "application/zip";
    private static final String GARDEN_QUESTION = "När hämtas trädgårdsavfallet?";

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void municipalityWiki(DynamicPropertyRegistry registry) {
        registry.add("civicbot.demo.enabled", () -> "false");
        registry.add("civicbot.wiki.directory", () -> write(folder).toString());
    }

    @Autowired
    ActiveWiki activeWiki;

    @Autowired
    WikiRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void theFolderFillsTheEmptyWikiAtStartPublishedAndByTheImportAuthor() {
        JsonNode garden = ApiClient.json(api.get("/api/wiki/articles/tradgardsavfall"));
        JsonNode firstRevision = ApiClient.json(api.get("/api/wiki/articles/tradgardsavfall/revisions/1"));

        assertThat(garden.get("published").asBoolean()).isTrue();
        assertThat(garden.get("title").asString()).isEqualTo("Hämtning av trädgårdsavfall");
        assertThat(garden.get("updated").asString()).isEqualTo("2026-11-01");
        assertThat(firstRevision.get("author").asString()).isEqualTo("import");
        assertThat(ApiClient.json(api.get("/api/wiki/articles/parking-permits-en")).get("language").asString())
                .isEqualTo("en");
        assertThat(ApiClient.json(api.get("/api/wiki/synonyms")).get("text").asString()).isEqualTo("ris, kvistar\n");
        assertThat(activeWiki.finder().answer(GARDEN_QUESTION, "sv").article().slug()).isEqualTo("tradgardsavfall");
    }

    @Test
    void anExportImportedIntoAnEmptyWikiGivesTheSameArticles() throws IOException {
        api.put("/api/wiki/articles/utkast", JSON, article("Ett utkast", "Inte publicerat än.", "anna").toString());
        List<WikiArticle> before = articles();
        String synonymsBefore = repository.synonyms().text();

        HttpResponse<byte[]> export = api.getBytes("/api/wiki/export");
        emptyTheWiki();
        assertThat(activeWiki.finder().size()).isZero();
        HttpResponse<String> imported = api.send("POST", "/api/wiki/import", ZIP,
                HttpRequest.BodyPublishers.ofByteArray(export.body()));

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValue(ZIP);
        assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).startsWith("attachment; filename=\"wiki-").endsWith(".zip\""));
        assertThat(imported.statusCode()).isEqualTo(200);
        JsonNode summary = ApiClient.json(imported);
        assertThat(summary.get("created").values()).extracting(JsonNode::asString)
                .containsExactlyInAnyOrder(before.stream().map(WikiArticle::slug).toArray(String[]::new));
        assertThat(summary.get("synonymsChanged").asBoolean()).isTrue();
        assertThat(articles()).isEqualTo(before);
        assertThat(repository.synonyms().text()).isEqualTo(synonymsBefore);
        assertThat(repository.synonyms().author()).isEqualTo("import");
        // An archive carries no publishing state: what it holds is the municipality's wiki, so all is published.
        assertThat(activeWiki.finder().size()).isEqualTo(before.size());
        assertThat(activeWiki.finder().answer(GARDEN_QUESTION, "sv").article().slug()).isEqualTo("tradgardsavfall");

        HttpResponse<String> again = api.send("POST", "/api/wiki/import?author=bengt", ZIP,
                HttpRequest.BodyPublishers.ofByteArray(export.body()));
        assertThat(ApiClient.json(again).get("unchanged").asInt()).isEqualTo(before.size());
        assertThat(ApiClient.json(again).get("created").isEmpty()).isTrue();
    }

    @Test
    void anArchiveWithAWrongFileChangesNothingAndNamesEveryWrongFile() {
        long version = repository.version();
        byte[] archive = zip(Map.of(
                "nytt-och-bra.md", utf8(file("Nytt och bra", "Text.")),
                "trasig.md", utf8("Ingen front matter."),
                "Fel_Namn.md", utf8(file("Fel namn", "Text.")),
                "bild.png", new byte[] {1, 2, 3},
                "tradgardsavfall.md", utf8(file("Ändrad titel", "Ändrad text."))));

        HttpResponse<String> refused = importArchive(archive);

        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode problem = ApiClient.json(refused);
        assertThat(problem.get("detail").asString()).startsWith("Nothing was imported: 3 files are wrong.");
        assertThat(problem.get("files").values()).extracting(f -> f.get("file").asString())
                .containsExactlyInAnyOrder("trasig.md", "Fel_Namn.md", "bild.png");
        assertThat(problem.get("files").values()).extracting(f -> f.get("problem").asString())
                .anySatisfy(p -> assertThat(p).contains("no front matter"))
                .anySatisfy(p -> assertThat(p).startsWith("slug 'Fel_Namn' must be"))
                .anySatisfy(p -> assertThat(p).startsWith("is neither an article"));
        assertNothingChanged(version);
    }

    @Test
    void anEntryOutsideTheArchivesTopLevelIsRefused() {
        long version = repository.version();

        HttpResponse<String> traversal = importArchive(zip(Map.of("../../etc/nytt-och-bra.md",
                utf8(file("Nytt och bra", "Text.")))));
        HttpResponse<String> folder = importArchive(zip(Map.of("wiki/nytt-och-bra.md", utf8(file("Nytt", "Text.")))));

        assertThat(traversal.statusCode()).isEqualTo(422);
        assertThat(ApiClient.json(traversal).get("detail").asString())
                .startsWith("The archive entry '../../etc/nytt-och-bra.md' is not a file at the archive's top level");
        assertThat(folder.statusCode()).isEqualTo(422);
        assertNothingChanged(version);
    }

    @Test
    void tooManyFilesOrTooMuchUnpackedContentAreRefused() {
        long version = repository.version();
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i <= WikiArchive.MAX_FILES; i++) {
            many.put("artikel-" + i + ".md", utf8(file("Artikel " + i, "Text.")));
        }
        // A megabyte of zeros packs into a few kilobytes: the classic zip bomb, small enough to upload.
        byte[] bomb = zip(Map.of("bomb.md", new byte[WikiArchive.MAX_FILE_BYTES + 1]));

        HttpResponse<String> tooMany = importArchive(zip(many));
        HttpResponse<String> unpacksTooLarge = importArchive(bomb);
        HttpResponse<String> notAZip = importArchive(utf8("just text"));

        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(ApiClient.json(tooMany).get("detail").asString()).isEqualTo("The archive holds more than 2000 files");
        assertThat(bomb.length).isLessThan(10_000);
        assertThat(unpacksTooLarge.statusCode()).isEqualTo(413);
        assertThat(ApiClient.json(unpacksTooLarge).get("detail").asString())
                .isEqualTo("The archive file 'bomb.md' unpacks to more than 1,000,000 bytes");
        assertThat(notAZip.statusCode()).isEqualTo(422);
        assertThat(ApiClient.json(notAZip).get("detail").asString()).startsWith("The archive is empty or not a zip file");
        assertNothingChanged(version);
    }

    @Test
    void aSynonymAnEditorAddsLetsTheBotAnswerAQuestionInThoseWords() {
        String question = "glompar?";
        String before = repository.synonyms().text();
        assertThat(activeWiki.finder().answer(question, "sv").abstained()).isTrue();

        HttpResponse<String> saved = api.put("/api/wiki/synonyms", JSON,
                "{\"text\": \"ris, kvistar\\nglompar, trädgårdsavfall\\n\", \"author\": \"erik\"}");

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(saved).get("author").asString()).isEqualTo("erik");
        assertThat(activeWiki.finder().answer(question, "sv").article().slug()).isEqualTo("tradgardsavfall");

        api.put("/api/wiki/synonyms", JSON, "{\"text\": \"" + before.replace("\n", "\\n") + "\", \"author\": \"erik\"}");
        assertThat(activeWiki.finder().answer(question, "sv").abstained()).isTrue();
    }

    @Test
    void aChangeAnotherInstanceMadeIsPickedUpByTheRefresh() {
        assertThat(activeWiki.finder().article("tradgardsavfall")).isPresent();

        // What another instance's WikiEditor leaves behind: the change, and the version moved on.
        jdbc.sql("UPDATE wiki_article SET published = false WHERE slug = 'tradgardsavfall'").update();
        jdbc.sql("UPDATE wiki_version SET version = version + 1").update();
        assertThat(activeWiki.finder().article("tradgardsavfall")).isPresent();
        activeWiki.refresh();

        assertThat(activeWiki.finder().article("tradgardsavfall")).isEmpty();
        api.post("/api/wiki/articles/tradgardsavfall/publish");
        assertThat(activeWiki.finder().article("tradgardsavfall")).isPresent();
    }

    @Test
    void aChangeWithoutADateIsDatedByTheMunicipalitysCalendarAndAnUnchangedOneKeepsItsDate() {
        String path = "/api/wiki/articles/daterad";
        api.put(path, JSON, article("Daterad", "Första.", "anna").toString());
        LocalDate created = today();
        clock.advance(Duration.ofDays(3));

        JsonNode unchanged = ApiClient.json(api.put(path, JSON, article("Daterad", "Första.", "anna").toString()));
        JsonNode changed = ApiClient.json(api.put(path, JSON, article("Daterad", "Andra.", "anna").toString()));

        assertThat(unchanged.get("revision").asInt()).isEqualTo(1);
        assertThat(unchanged.get("updated").asString()).isEqualTo(created.toString());
        assertThat(changed.get("revision").asInt()).isEqualTo(2);
        assertThat(changed.get("updated").asString()).isEqualTo(created.plusDays(3).toString());
    }

    private HttpResponse<String> importArchive(byte[] archive) {
        return api.send("POST", "/api/wiki/import", ZIP, HttpRequest.BodyPublishers.ofByteArray(archive));
    }

    private void assertNothingChanged(long version) {
        assertThat(repository.version()).isEqualTo(version);
        assertThat(api.get("/api/wiki/articles/nytt-och-bra").statusCode()).isEqualTo(404);
        assertThat(ApiClient.json(api.get("/api/wiki/articles/tradgardsavfall")).get("title").asString())
                .isEqualTo("Hämtning av trädgårdsavfall");
    }

    private List<WikiArticle> articles() {
        return repository.all().stream().map(StoredArticle::article).toList();
    }

    private void emptyTheWiki() {
        jdbc.sql("TRUNCATE wiki_article, wiki_revision, wiki_synonyms").update();
        jdbc.sql("UPDATE wiki_version SET version = version + 1").update();
        activeWiki.refresh();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Stockholm"));
    }

    /** The municipality's folder: two articles and a synonym list (format: knowledge/demo-wiki/README.md). */
    private static Path write(Path folder) {
        try {
            Files.writeString(folder.resolve("tradgardsavfall.md"), """
                    ---
                    title: Hämtning av trädgårdsavfall
                    language: sv
                    topic: WASTE
                    tags: [trädgårdsavfall, ris, löv]
                    aliases: ["när hämtas trädgårdsavfallet"]
                    updated: 2026-11-01
                    ---
                    Trädgårdsavfall hämtas varannan måndag från april till oktober. Ställ säcken vid tomtgränsen.
                    """);
            Files.writeString(folder.resolve("parking-permits-en.md"), """
                    ---
                    title: Parking permits for residents
                    language: en
                    topic: PARKING
                    tags: [parking, permit]
                    aliases: ["how do I get a parking permit"]
                    updated: 2026-10-15
                    ---
                    Residents apply for a parking permit in the e-service. The permit costs 300 kronor a month.
                    """);
            Files.writeString(folder.resolve("synonyms.txt"), "ris, kvistar\n");
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
