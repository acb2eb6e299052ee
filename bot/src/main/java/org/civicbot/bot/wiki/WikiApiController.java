package org.civicbot.bot.wiki;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.civicbot.bot.api.PageOf;
import org.civicbot.bot.config.CivicbotProperties;
import org.civicbot.knowledge.Synonyms;
import org.civicbot.knowledge.WikiArticle;
import org.civicbot.knowledge.WikiFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Editing the wiki: articles with their revisions, publishing, the synonym list, and the whole wiki as a zip of
 * the directory format. Everything editors wrote is returned as data (JSON strings), never as markup. Who made a
 * change is the {@code author} an editor gives, until sign-in comes.
 */
@RestController
@RequestMapping("/api/wiki")
class WikiApiController {

    static final String MARKDOWN = "text/markdown";
    static final String ZIP = "application/zip";

    private final WikiRepository repository;
    private final WikiEditor editor;
    private final ActiveWiki active;
    private final Clock clock;
    private final ZoneId zone;

    WikiApiController(WikiRepository repository, WikiEditor editor, ActiveWiki active, Clock clock,
                      CivicbotProperties properties) {
        this.repository = repository;
        this.editor = editor;
        this.active = active;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    /** An article as an editor writes it; {@code updated} may be left out (today's date is then used). */
    record ArticleRequest(String title, String language, String topic, List<String> tags, List<String> aliases,
                          LocalDate updated, String body, String author) {
    }

    record ArticleSummary(String slug, String title, String language, String topic, boolean published, int revision,
                          LocalDate updated, Instant updatedAt) {

        static ArticleSummary of(StoredArticle s) {
            WikiArticle a = s.article();
            return new ArticleSummary(a.slug(), a.title(), a.language(), a.topic(), s.published(), s.revision(),
                    a.updated(), s.updatedAt());
        }
    }

    /** The current revision; {@code publicUrl} only while the public can see it. */
    record ArticleView(String slug, String title, String language, String topic, List<String> tags,
                       List<String> aliases, LocalDate updated, String body, boolean published, int revision,
                       String author, Instant revisedAt, String publicUrl) {
    }

    record RevisionSummary(int number, String author, Instant createdAt, String diff) {
    }

    record RevisionView(String slug, int number, String title, String language, String topic, List<String> tags,
                        List<String> aliases, LocalDate updated, String body, String author, Instant createdAt,
                        String diff) {
    }

    record SynonymsRequest(String text, String author) {
    }

    @GetMapping("/articles")
    PageOf<ArticleSummary> list(@RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "20") int size,
                                @RequestParam(required = false) String language,
                                @RequestParam(required = false) String q) {
        int offset = PageOf.offset(page, size);
        String lang = blankToNull(language);
        String query = blankToNull(q);
        return new PageOf<>(repository.page(lang, query, offset, size).stream().map(ArticleSummary::of).toList(),
                page, size, repository.count(lang, query));
    }

    @GetMapping("/articles/{slug}")
    ArticleView get(@PathVariable String slug) {
        return view(repository.find(slug).orElseThrow(() -> WikiRejectedException.noArticle(slug)));
    }

    /** Creates the article as an unpublished draft (201) or writes a new revision when anything changed (200). */
    @PutMapping(path = "/articles/{slug}", consumes = "application/json")
    ResponseEntity<ArticleView> put(@PathVariable String slug, @RequestBody ArticleRequest request) {
        return saved(editor.save(valid(() -> article(slug, request)), request.author()));
    }

    /** The same with the article file itself (front matter and Markdown, UTF-8), as in the wiki folder. */
    @PutMapping(path = "/articles/{slug}", consumes = MARKDOWN)
    ResponseEntity<ArticleView> putFile(@PathVariable String slug, @RequestBody byte[] file,
                                        @RequestParam(required = false) String author) {
        return saved(editor.save(valid(() -> WikiFormat.parse(slug, WikiArchive.utf8(file))), author));
    }

    @PostMapping("/articles/{slug}/publish")
    ArticleView publish(@PathVariable String slug) {
        return view(editor.publish(slug, true));
    }

    @PostMapping("/articles/{slug}/unpublish")
    ArticleView unpublish(@PathVariable String slug) {
        return view(editor.publish(slug, false));
    }

    @GetMapping("/articles/{slug}/revisions")
    PageOf<RevisionSummary> revisions(@PathVariable String slug,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size) {
        int offset = PageOf.offset(page, size);
        StoredArticle article = repository.find(slug).orElseThrow(() -> WikiRejectedException.noArticle(slug));
        List<RevisionSummary> items = repository.revisions(slug, offset, size).stream()
                .map(r -> new RevisionSummary(r.number(), r.author(), r.createdAt(), r.diff()))
                .toList();
        return new PageOf<>(items, page, size, article.revision());
    }

    @GetMapping("/articles/{slug}/revisions/{number}")
    RevisionView revision(@PathVariable String slug, @PathVariable int number) {
        WikiRevision r = editor.revision(slug, number);
        WikiArticle a = r.article();
        return new RevisionView(a.slug(), r.number(), a.title(), a.language(), a.topic(), a.tags(), a.aliases(),
                a.updated(), a.body(), r.author(), r.createdAt(), r.diff());
    }

    @PostMapping("/articles/{slug}/revisions/{number}/restore")
    ResponseEntity<ArticleView> restore(@PathVariable String slug, @PathVariable int number,
                                        @RequestParam(required = false) String author) {
        return saved(editor.restore(slug, number, author));
    }

    @GetMapping("/synonyms")
    SynonymList synonyms() {
        return repository.synonyms();
    }

    @PutMapping(path = "/synonyms", consumes = "application/json")
    SynonymList putSynonyms(@RequestBody SynonymsRequest request) {
        if (request.text() == null) {
            throw WikiRejectedException.invalid("text is missing: send the whole list (an empty text clears it)");
        }
        return editor.saveSynonyms(valid(() -> Synonyms.parse(request.text())), request.author());
    }

    /** Every article, published or not, as {@code <slug>.md}, and {@code synonyms.txt}: one consistent moment. */
    @GetMapping(path = "/export", produces = ZIP)
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    ResponseEntity<byte[]> export() {
        byte[] archive = WikiArchive.write(repository.all().stream().map(StoredArticle::article).toList(),
                repository.synonyms().text());
        String name = "wiki-" + LocalDate.ofInstant(clock.instant(), zone) + ".zip";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(archive);
    }

    /**
     * Takes in an archive in the export's format, all or nothing: new articles are created published, changed
     * ones get a new revision, articles not in the archive stay as they are, and {@code synonyms.txt} (when
     * there) replaces the list.
     */
    @PostMapping(path = "/import", consumes = ZIP)
    WikiEditor.ImportSummary importArchive(@RequestBody byte[] archive,
                                           @RequestParam(defaultValue = InitialWikiImport.AUTHOR) String author) {
        return editor.importAll(WikiArchive.read(archive), author);
    }

    private ResponseEntity<ArticleView> saved(WikiEditor.Saved saved) {
        ArticleView view = view(saved.article());
        return saved.outcome() == WikiEditor.Outcome.CREATED
                ? ResponseEntity.created(URI.create("/api/wiki/articles/" + view.slug())).body(view)
                : ResponseEntity.ok(view);
    }

    private ArticleView view(StoredArticle s) {
        WikiArticle a = s.article();
        return new ArticleView(a.slug(), a.title(), a.language(), a.topic(), a.tags(), a.aliases(), a.updated(),
                a.body(), s.published(), s.revision(), s.author(), s.revisedAt(),
                s.published() ? active.publicUrl(a.slug()) : null);
    }

    /**
     * The article in the file format's normal form, checked as a file would be (an empty body, a slug or
     * language that breaks the rules, …).
     */
    private static WikiArticle article(String slug, ArticleRequest request) {
        if (request.title() == null) {
            throw new IllegalArgumentException("wiki article '" + slug + "': title is missing");
        }
        if (request.language() == null) {
            throw new IllegalArgumentException("wiki article '" + slug + "': language is missing (e.g. \"sv\")");
        }
        WikiArticle article = new WikiArticle(slug, request.title(), request.language(), request.topic(),
                withoutNulls(request.tags()), withoutNulls(request.aliases()), request.updated(), request.body());
        return WikiFormat.parse(slug, WikiFormat.format(article));
    }

    private static List<String> withoutNulls(List<String> phrases) {
        return phrases == null ? null : phrases.stream().filter(Objects::nonNull).toList();
    }

    /** The library's rules say what is wrong with the content; its message is the answer's detail. */
    private static <T> T valid(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw WikiRejectedException.invalid(e.getMessage());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
