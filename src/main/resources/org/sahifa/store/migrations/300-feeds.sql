-- Feed subscriptions, what each feed has delivered, and the offline image cache (docs/feeds.md).
-- Times are epoch milliseconds (UTC).
CREATE TABLE feeds (
    id               INTEGER PRIMARY KEY,
    url              TEXT    NOT NULL UNIQUE,     -- the feed document (moves on a permanent redirect)
    title            TEXT    NOT NULL,            -- the name the user sees (renamable)
    source           TEXT    NOT NULL UNIQUE,     -- articles.source of its items, fixed at subscription
    folder           TEXT,                        -- folder name, NULL at the top level
    site_url         TEXT,
    language         TEXT,                        -- the feed's declared language (BCP 47)
    interval_minutes INTEGER NOT NULL DEFAULT 60 CHECK (interval_minutes > 0),
    full_text        INTEGER NOT NULL DEFAULT 1 CHECK (full_text IN (0, 1)), -- fetch linked pages for offline
    etag             TEXT,
    last_modified    TEXT,
    created          INTEGER NOT NULL,
    last_fetch       INTEGER,                     -- last attempt
    last_success     INTEGER,
    state            TEXT    NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'ok', 'not_modified', 'error')),
    last_error       TEXT,                        -- why the last attempt failed, for the badge
    error_kind       TEXT,                        -- FetchException.Kind (or PARSE) of the last failure
    note             TEXT,                        -- e.g. "declared UTF-8 but read as windows-1256"
    failures         INTEGER NOT NULL DEFAULT 0,  -- consecutive failures (back-off)
    next_due         INTEGER NOT NULL
);
CREATE INDEX feeds_due ON feeds (next_due);

-- Every entry a feed has delivered, so a refresh only processes new ones. An article the user deletes leaves its
-- entry behind (article_id NULL), so it does not come back on the next refresh.
CREATE TABLE feed_entries (
    feed_id    INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    entry_key  TEXT    NOT NULL,                  -- guid, else link, else a hash of the title
    article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    first_seen INTEGER NOT NULL,
    PRIMARY KEY (feed_id, entry_key)
) WITHOUT ROWID;
CREATE INDEX feed_entries_article ON feed_entries (article_id);

-- Cached images, content-addressed: <data>/images/<hash[0..2]>/<hash>.
CREATE TABLE images (
    hash        TEXT    PRIMARY KEY,              -- SHA-256 of the bytes, lower-case hex
    media_type  TEXT    NOT NULL,
    size        INTEGER NOT NULL,
    stored      INTEGER NOT NULL,
    last_access INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX images_lru ON images (last_access);

CREATE TABLE image_sources (
    url  TEXT PRIMARY KEY,                        -- the address the image was fetched from
    hash TEXT NOT NULL REFERENCES images (hash) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX image_sources_hash ON image_sources (hash);

CREATE TABLE article_images (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    hash       TEXT    NOT NULL REFERENCES images (hash) ON DELETE CASCADE,
    PRIMARY KEY (article_id, hash)
) WITHOUT ROWID;
CREATE INDEX article_images_hash ON article_images (hash);
