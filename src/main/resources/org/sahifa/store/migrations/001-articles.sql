-- Articles, bookmarks and their tags. Times are epoch milliseconds (UTC).
CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    title        TEXT    NOT NULL,
    body_html    TEXT,
    body_text    TEXT    NOT NULL,
    url          TEXT,
    guid         TEXT,
    source       TEXT,
    author       TEXT,
    language     TEXT,
    published    INTEGER,
    fetched      INTEGER NOT NULL,
    sort_time    INTEGER NOT NULL,           -- published, or fetched when unknown: the "newest first" key
    read         INTEGER NOT NULL DEFAULT 0 CHECK (read IN (0, 1)),
    content_hash TEXT    NOT NULL            -- hash of the normalised title + body (duplicate detection)
);

-- Duplicate rules (docs/decisions/0003): the same guid from the same source, the same url, the same content.
CREATE UNIQUE INDEX articles_guid ON articles (ifnull(source, ''), guid) WHERE guid IS NOT NULL;
CREATE UNIQUE INDEX articles_url ON articles (url) WHERE url IS NOT NULL;
CREATE UNIQUE INDEX articles_content ON articles (content_hash);

CREATE INDEX articles_newest ON articles (sort_time DESC, id DESC);
CREATE INDEX articles_unread ON articles (read, sort_time DESC, id DESC);
CREATE INDEX articles_source ON articles (source, sort_time DESC, id DESC);

CREATE TABLE bookmarks (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    note       TEXT,
    created    INTEGER NOT NULL,
    updated    INTEGER NOT NULL
);

CREATE TABLE bookmark_tags (
    article_id INTEGER NOT NULL REFERENCES bookmarks (article_id) ON DELETE CASCADE,
    tag        TEXT    NOT NULL,
    PRIMARY KEY (article_id, tag)
) WITHOUT ROWID;

CREATE INDEX bookmark_tags_tag ON bookmark_tags (tag);
