-- Places, persons and organisations (org.sahifa.entities). Times are epoch milliseconds (UTC).
-- An entity is one real place/person/organisation; its spellings are every normalised written form that
-- resolves to it (seen in articles, from the gazetteer, or added by the user). Counts, first/last seen and
-- co-mentions are derived from entity_mentions by query, never stored.
CREATE TABLE entities (
    id          INTEGER PRIMARY KEY,
    type        TEXT    NOT NULL CHECK (type IN ('PERSON', 'PLACE', 'ORGANIZATION')),
    name        TEXT    NOT NULL,
    state       TEXT    NOT NULL DEFAULT 'ACTIVE' CHECK (state IN ('ACTIVE', 'MERGED', 'NOT_A_NAME')),
    merged_into INTEGER REFERENCES entities (id),
    user_type   INTEGER NOT NULL DEFAULT 0 CHECK (user_type IN (0, 1)),  -- the user set the type
    created     INTEGER NOT NULL
);
CREATE INDEX entities_type ON entities (type, state);

CREATE TABLE entity_spellings (
    entity_id  INTEGER NOT NULL REFERENCES entities (id),
    normalized TEXT    NOT NULL,            -- ArabicNormalizer form of the clitic-free spelling
    name_key   TEXT    NOT NULL,            -- NameKey of it: candidates for spelling variants
    surface    TEXT    NOT NULL,            -- the first written form (clitic-free, no diacritics)
    origin     TEXT    NOT NULL CHECK (origin IN ('SEEN', 'GAZETTEER', 'USER')),
    PRIMARY KEY (normalized, entity_id)
) WITHOUT ROWID;
CREATE INDEX entity_spellings_entity ON entity_spellings (entity_id);
CREATE INDEX entity_spellings_key ON entity_spellings (name_key);

CREATE TABLE entity_mentions (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    field      TEXT    NOT NULL CHECK (field IN ('title', 'body')),
    start      INTEGER NOT NULL,            -- UTF-16 offsets into the article's title or body_text
    end        INTEGER NOT NULL,
    entity_id  INTEGER NOT NULL REFERENCES entities (id),
    surface    TEXT    NOT NULL,            -- as written, clitics included
    normalized TEXT    NOT NULL,            -- the spelling it resolved by
    PRIMARY KEY (article_id, field, start)
) WITHOUT ROWID;
CREATE INDEX entity_mentions_entity ON entity_mentions (entity_id, article_id);

-- Articles whose names were recognised (also those with none), and by which recogniser version.
CREATE TABLE entity_scanned (
    article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    recognizer INTEGER NOT NULL
);

-- The user's corrections, in order: what was done, to which entity, when.
CREATE TABLE entity_edits (
    id        INTEGER PRIMARY KEY,
    created   INTEGER NOT NULL,
    op        TEXT    NOT NULL CHECK (op IN ('RENAME', 'MERGE', 'SPLIT', 'ALIAS', 'TYPE', 'NOT_A_NAME')),
    entity_id INTEGER NOT NULL,
    other_id  INTEGER,
    value     TEXT
);
