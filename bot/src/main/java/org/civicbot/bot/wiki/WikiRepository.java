package org.civicbot.bot.wiki;

import static org.civicbot.bot.storage.Timestamps.fromDb;
import static org.civicbot.bot.storage.Timestamps.toDb;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.civicbot.knowledge.WikiArticle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** The tables {@code wiki_article}, {@code wiki_revision}, {@code wiki_synonyms} and {@code wiki_version}. */
@Repository
public class WikiRepository {

    private static final String SELECT_CURRENT = """
            SELECT a.slug, a.published, a.revision, a.created_at, a.updated_at, r.title, r.language, r.topic, r.tags,
                   r.aliases, r.updated, r.body, r.author, r.created_at AS revised_at
            FROM wiki_article a JOIN wiki_revision r ON r.slug = a.slug AND r.number = a.revision""";
    private static final String FILTER = " WHERE (CAST(:language AS text) IS NULL OR r.language = :language)"
            + " AND (CAST(:q AS text) IS NULL OR strpos(lower(r.title), lower(:q)) > 0 OR strpos(a.slug, lower(:q)) > 0)";

    private final JdbcClient jdbc;

    public WikiRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the search index is built from: published articles and synonyms, as of one wiki version. */
    record Snapshot(long version, List<WikiArticle> published, String synonyms) {
    }

    /** One consistent view, so the version noted is the version of the content read. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Snapshot snapshot() {
        return new Snapshot(version(), publishedArticles(), synonyms().text());
    }

    public long version() {
        return jdbc.sql("SELECT version FROM wiki_version").query(Long.class).single();
    }

    /** Locks the version row until commit; every change of the wiki takes this lock first. */
    long lockVersion() {
        return jdbc.sql("SELECT version FROM wiki_version FOR UPDATE").query(Long.class).single();
    }

    /** Tells every instance that what the bot answers from has changed. */
    void bumpVersion() {
        jdbc.sql("UPDATE wiki_version SET version = version + 1").update();
    }

    boolean isEmpty() {
        return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM wiki_article) AND NOT EXISTS (SELECT 1 FROM wiki_synonyms)")
                .query(Boolean.class).single();
    }

    public Optional<StoredArticle> find(String slug) {
        return jdbc.sql(SELECT_CURRENT + " WHERE a.slug = :slug").param("slug", slug)
                .query(WikiRepository::mapStored).optional();
    }

    /** One page of articles, by title; language and q (part of the title or slug) may be null. */
    public List<StoredArticle> page(String language, String q, int offset, int limit) {
        return jdbc.sql(SELECT_CURRENT + FILTER + " ORDER BY lower(r.title), a.slug OFFSET :offset LIMIT :limit")
                .param("language", language)
                .param("q", q)
                .param("offset", offset)
                .param("limit", limit)
                .query(WikiRepository::mapStored)
                .list();
    }

    public long count(String language, String q) {
        return jdbc.sql("SELECT count(*) FROM wiki_article a JOIN wiki_revision r ON r.slug = a.slug AND r.number = a.revision"
                        + FILTER)
                .param("language", language)
                .param("q", q)
                .query(Long.class)
                .single();
    }

    /** Every article, published or not, by slug. */
    public List<StoredArticle> all() {
        return jdbc.sql(SELECT_CURRENT + " ORDER BY a.slug").query(WikiRepository::mapStored).list();
    }

    public List<WikiArticle> publishedArticles() {
        return jdbc.sql(SELECT_CURRENT + " WHERE a.published ORDER BY a.slug")
                .query((rs, row) -> mapArticle(rs)).list();
    }

    void insertArticle(String slug, boolean published, Instant at) {
        jdbc.sql("""
                        INSERT INTO wiki_article (slug, published, revision, created_at, updated_at)
                        VALUES (:slug, :published, 1, :at, :at)""")
                .param("slug", slug)
                .param("published", published)
                .param("at", toDb(at))
                .update();
    }

    void insertRevision(int number, WikiArticle article, String author, Instant at, String diff) {
        jdbc.sql("""
                        INSERT INTO wiki_revision (slug, number, title, language, topic, tags, aliases, updated, body,
                                                   author, created_at, diff)
                        VALUES (:slug, :number, :title, :language, :topic, :tags, :aliases, :updated, :body, :author,
                                :at, :diff)""")
                .param("slug", article.slug())
                .param("number", number)
                .param("title", article.title())
                .param("language", article.language())
                .param("topic", article.topic())
                .param("tags", article.tags().toArray(String[]::new))
                .param("aliases", article.aliases().toArray(String[]::new))
                .param("updated", article.updated())
                .param("body", article.body())
                .param("author", author)
                .param("at", toDb(at))
                .param("diff", diff)
                .update();
    }

    void setCurrentRevision(String slug, int number, Instant at) {
        jdbc.sql("UPDATE wiki_article SET revision = :number, updated_at = :at WHERE slug = :slug")
                .param("slug", slug)
                .param("number", number)
                .param("at", toDb(at))
                .update();
    }

    /** Whether the article's published state changed. */
    boolean setPublished(String slug, boolean published, Instant at) {
        return jdbc.sql("""
                        UPDATE wiki_article SET published = :published, updated_at = :at
                        WHERE slug = :slug AND published <> :published""")
                .param("slug", slug)
                .param("published", published)
                .param("at", toDb(at))
                .update() == 1;
    }

    /** The article's revisions, newest first. */
    public List<WikiRevision> revisions(String slug, int offset, int limit) {
        return jdbc.sql("SELECT * FROM wiki_revision WHERE slug = :slug ORDER BY number DESC OFFSET :offset LIMIT :limit")
                .param("slug", slug)
                .param("offset", offset)
                .param("limit", limit)
                .query(WikiRepository::mapRevision)
                .list();
    }

    public Optional<WikiRevision> revision(String slug, int number) {
        return jdbc.sql("SELECT * FROM wiki_revision WHERE slug = :slug AND number = :number")
                .param("slug", slug)
                .param("number", number)
                .query(WikiRepository::mapRevision)
                .optional();
    }

    public SynonymList synonyms() {
        return jdbc.sql("SELECT text, author, updated_at FROM wiki_synonyms")
                .query((rs, row) -> new SynonymList(rs.getString("text"), rs.getString("author"),
                        fromDb(rs, "updated_at")))
                .optional()
                .orElse(SynonymList.NONE);
    }

    void saveSynonyms(String text, String author, Instant at) {
        jdbc.sql("""
                        INSERT INTO wiki_synonyms (id, text, author, updated_at) VALUES (true, :text, :author, :at)
                        ON CONFLICT (id) DO UPDATE SET text = :text, author = :author, updated_at = :at""")
                .param("text", text)
                .param("author", author)
                .param("at", toDb(at))
                .update();
    }

    private static StoredArticle mapStored(ResultSet rs, int row) throws SQLException {
        return new StoredArticle(mapArticle(rs), rs.getBoolean("published"), rs.getInt("revision"),
                rs.getString("author"), fromDb(rs, "revised_at"), fromDb(rs, "created_at"), fromDb(rs, "updated_at"));
    }

    private static WikiRevision mapRevision(ResultSet rs, int row) throws SQLException {
        return new WikiRevision(rs.getInt("number"), mapArticle(rs), rs.getString("author"), fromDb(rs, "created_at"),
                rs.getString("diff"));
    }

    private static WikiArticle mapArticle(ResultSet rs) throws SQLException {
        return new WikiArticle(rs.getString("slug"), rs.getString("title"), rs.getString("language"),
                rs.getString("topic"), strings(rs.getArray("tags")), strings(rs.getArray("aliases")),
                rs.getObject("updated", LocalDate.class), rs.getString("body"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
