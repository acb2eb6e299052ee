-- The municipality's knowledge wiki: every article with all its revisions, and the editors' synonym list.

CREATE TABLE wiki_article (
    slug        text PRIMARY KEY,
    published   boolean     NOT NULL DEFAULT false,
    revision    integer     NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);

-- A revision is never changed or deleted; restoring an old one writes a new one with its content.
CREATE TABLE wiki_revision (
    slug        text        NOT NULL REFERENCES wiki_article (slug),
    number      integer     NOT NULL CHECK (number > 0),
    title       text        NOT NULL,
    language    text        NOT NULL,
    topic       text,
    tags        text[]      NOT NULL,
    aliases     text[]      NOT NULL,
    updated     date,
    body        text        NOT NULL,
    author      text        NOT NULL,
    created_at  timestamptz NOT NULL,
    -- unified diff of the article file (front matter and body) against the previous revision
    diff        text        NOT NULL,
    PRIMARY KEY (slug, number)
);

-- Deferred: an article and its first revision are inserted in one transaction, each needing the other.
ALTER TABLE wiki_article ADD CONSTRAINT wiki_article_current_revision_fk
    FOREIGN KEY (slug, revision) REFERENCES wiki_revision (slug, number) DEFERRABLE INITIALLY DEFERRED;

-- At most one row: the list in the Solr synonym format the knowledge library reads.
CREATE TABLE wiki_synonyms (
    id          boolean     PRIMARY KEY DEFAULT true CHECK (id),
    text        text        NOT NULL,
    author      text        NOT NULL,
    updated_at  timestamptz NOT NULL
);

-- Counts changes that alter what the bot answers from (content, publishing, synonyms). Every instance compares
-- it with the version its search index was built from and rebuilds when another instance changed the wiki.
-- Writers lock this row first, which also puts concurrent edits of the wiki in one order.
CREATE TABLE wiki_version (
    id          boolean     PRIMARY KEY DEFAULT true CHECK (id),
    version     bigint      NOT NULL
);
INSERT INTO wiki_version (version) VALUES (0);
