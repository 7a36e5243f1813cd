-- claimsdb schema, version 1. Documented in docs/schema.md; change both together.

-- The institutions claims are attributed to. Seeded from seeds/sources.json; users may add more.
CREATE TABLE sources (
    id        INTEGER PRIMARY KEY,
    key       TEXT NOT NULL UNIQUE CHECK (length(key) > 0 AND key NOT GLOB '*[^A-Z0-9_]*'),
    name      TEXT NOT NULL,
    kind      TEXT NOT NULL DEFAULT 'other' CHECK (kind IN (
                  'international_organization', 'government', 'central_bank', 'alliance',
                  'agency', 'ngo', 'company', 'media', 'other')),
    country   TEXT,
    homepage  TEXT
) STRICT;

-- Names the text may use for a source. Unique without regard to case.
CREATE TABLE source_aliases (
    alias      TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
    source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE
) STRICT;
CREATE INDEX source_aliases_by_source ON source_aliases(source_id);

-- One row per ingested article. The sha256 of the normalized body makes re-ingest a no-op.
CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    sha256       TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    title        TEXT,
    url          TEXT,
    outlet       TEXT,
    published    TEXT,
    format       TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'html', 'jsonl')),
    origin       TEXT NOT NULL,
    body         TEXT NOT NULL,
    meta         TEXT CHECK (meta IS NULL OR json_valid(meta)),
    ingested_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX articles_by_published ON articles(published);

-- One row per claim-bearing sentence: a sentence with a source, a figure or a stance.
CREATE TABLE claims (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL CHECK (ordinal >= 0),
    text        TEXT NOT NULL,
    char_start  INTEGER NOT NULL CHECK (char_start >= 0),
    char_end    INTEGER NOT NULL CHECK (char_end >= char_start),
    UNIQUE (article_id, ordinal)
) STRICT;

-- Which sources a claim names, and whether it is attributed to them or only mentions them.
CREATE TABLE claim_sources (
    claim_id   INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('attributed', 'mentioned')),
    verb       TEXT,
    speaker    TEXT,
    outlet     TEXT,
    text       TEXT NOT NULL,
    PRIMARY KEY (claim_id, source_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX claim_sources_by_source ON claim_sources(source_id, role, claim_id);

-- Numbers in claims, normalized: value in base units, the interval its qualifier implies.
CREATE TABLE figures (
    id            INTEGER PRIMARY KEY,
    claim_id      INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    text          TEXT NOT NULL,
    value         REAL NOT NULL,
    low           REAL,
    high          REAL,
    unit          TEXT NOT NULL CHECK (length(unit) > 0),
    qualifier     TEXT NOT NULL CHECK (qualifier IN (
                      'exact', 'approximately', 'more_than', 'at_least', 'less_than', 'at_most', 'range')),
    kind          TEXT NOT NULL DEFAULT 'level' CHECK (kind IN ('level', 'change')),
    metric        TEXT,
    metric_key    TEXT,
    place         TEXT,
    period_start  TEXT,
    period_end    TEXT,
    char_start    INTEGER NOT NULL CHECK (char_start >= 0),
    char_end      INTEGER NOT NULL CHECK (char_end >= char_start),
    CHECK (low IS NULL OR high IS NULL OR low <= high)
) STRICT;
CREATE INDEX figures_by_claim ON figures(claim_id);
CREATE INDEX figures_by_metric ON figures(metric_key, unit, value);
CREATE INDEX figures_by_unit ON figures(unit, value);
CREATE INDEX figures_by_place ON figures(place);
CREATE INDEX figures_by_period ON figures(period_start);

-- Who takes which side on what.
CREATE TABLE stances (
    id             INTEGER PRIMARY KEY,
    claim_id       INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    actor          TEXT NOT NULL,
    actor_country  TEXT,
    target         TEXT,
    target_key     TEXT,
    polarity       TEXT NOT NULL CHECK (polarity IN ('support', 'oppose', 'neutral')),
    qualifier      TEXT,
    cue            TEXT NOT NULL
) STRICT;
CREATE INDEX stances_by_claim ON stances(claim_id);
CREATE INDEX stances_by_actor ON stances(actor COLLATE NOCASE, target_key);
CREATE INDEX stances_by_country ON stances(actor_country);
CREATE INDEX stances_by_target ON stances(target_key);

-- Full-text search over claim sentences (external content: the text lives in claims).
CREATE VIRTUAL TABLE claims_fts USING fts5(
    text, content = 'claims', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claims_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE OF text ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO claims_fts(rowid, text) VALUES (new.id, new.text);
END;

-- A claim with its article and the sources it is attributed to (comma-separated keys).
CREATE VIEW claim_details AS
SELECT c.id AS claim_id,
       c.article_id,
       a.title AS article_title,
       a.url,
       a.outlet,
       a.published,
       c.ordinal,
       c.text AS sentence,
       c.char_start,
       c.char_end,
       (SELECT group_concat(s.key, ',') FROM claim_sources cs JOIN sources s ON s.id = cs.source_id
         WHERE cs.claim_id = c.id AND cs.role = 'attributed') AS attributed_sources,
       (SELECT group_concat(s.key, ',') FROM claim_sources cs JOIN sources s ON s.id = cs.source_id
         WHERE cs.claim_id = c.id AND cs.role = 'mentioned') AS mentioned_sources
FROM claims c JOIN articles a ON a.id = c.article_id;

-- A figure with its claim, article and each source it is attributed to: one row per
-- (figure, attributed source); figures with no attributed source appear once with NULL source.
CREATE VIEW figure_details AS
SELECT f.id AS figure_id,
       f.claim_id,
       c.article_id,
       s.key AS source,
       cs.verb,
       cs.speaker,
       f.text AS figure,
       f.value, f.low, f.high, f.unit, f.qualifier, f.kind,
       f.metric, f.metric_key, f.place, f.period_start, f.period_end,
       c.text AS sentence,
       a.title AS article_title,
       a.url,
       a.published
FROM figures f
JOIN claims c ON c.id = f.claim_id
JOIN articles a ON a.id = c.article_id
LEFT JOIN claim_sources cs ON cs.claim_id = f.claim_id AND cs.role = 'attributed'
LEFT JOIN sources s ON s.id = cs.source_id;

-- A stance with its sentence and article.
CREATE VIEW stance_details AS
SELECT st.id AS stance_id,
       st.claim_id,
       c.article_id,
       st.actor, st.actor_country, st.target, st.target_key, st.polarity, st.qualifier, st.cue,
       c.text AS sentence,
       a.title AS article_title,
       a.url,
       a.published
FROM stances st
JOIN claims c ON c.id = st.claim_id
JOIN articles a ON a.id = c.article_id;
