-- claimsdb schema, version 16: sources anyone, not only the registry. Documented in
-- docs/schema.md.
--
-- An organisation or person an article cites that the registry does not hold becomes a row
-- of sources with origin 'discovered' (not curated), keyed from its name or the acronym the
-- article gives beside it, with the names it was read under in source_aliases; `claimsdb
-- sources adopt KEY` makes it a user source without losing its claims. sources.kind grows to
-- the kinds of such sources (person, ministry, party, union ...). SQLite cannot change a
-- CHECK constraint, so both tables are rebuilt with their rows and ids; GRDB runs this
-- migration with foreign keys off and checks them before it commits, and legacy_alter_table
-- keeps the rename from re-reading the views that name sources.
PRAGMA legacy_alter_table = ON;

CREATE TABLE sources_new (
    id        INTEGER PRIMARY KEY,
    key       TEXT NOT NULL UNIQUE CHECK (length(key) > 0 AND key NOT GLOB '*[^A-Z0-9_]*'),
    name      TEXT NOT NULL,
    kind      TEXT NOT NULL DEFAULT 'other' CHECK (kind IN (
                  'international_organization', 'government', 'central_bank', 'alliance',
                  'agency', 'ngo', 'company', 'media', 'other', 'person', 'ministry', 'party',
                  'union', 'research_institute', 'industry_group', 'court', 'legislature')),
    country   TEXT,
    homepage  TEXT,
    origin    TEXT NOT NULL DEFAULT 'seed' CHECK (origin IN ('seed', 'user', 'discovered'))
) STRICT;
INSERT INTO sources_new(id, key, name, kind, country, homepage, origin)
    SELECT id, key, name, kind, country, homepage, origin FROM sources;
DROP TABLE sources;
ALTER TABLE sources_new RENAME TO sources;

CREATE TABLE source_aliases_new (
    alias      TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
    source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    origin     TEXT NOT NULL DEFAULT 'seed' CHECK (origin IN ('seed', 'user', 'discovered'))
) STRICT;
INSERT INTO source_aliases_new(alias, source_id, origin) SELECT alias, source_id, origin FROM source_aliases;
DROP TABLE source_aliases;
ALTER TABLE source_aliases_new RENAME TO source_aliases;
CREATE INDEX source_aliases_by_source ON source_aliases(source_id);

PRAGMA legacy_alter_table = OFF;

-- The title a person speaking is given where the claim is attributed to them ("Finance
-- Minister"), as the article words it.
ALTER TABLE claim_sources ADD COLUMN title TEXT;

-- Discovered sources by how often claims are attributed to them: the list a user reads to
-- adopt the real ones.
CREATE VIEW discovered_sources AS
SELECT s.key, s.name, s.kind, s.country,
       (SELECT count(*) FROM claim_sources cs WHERE cs.source_id = s.id AND cs.role = 'attributed') AS attributed,
       (SELECT count(*) FROM claim_sources cs WHERE cs.source_id = s.id AND cs.role = 'mentioned') AS mentioned,
       (SELECT count(DISTINCT c.article_id) FROM claim_sources cs JOIN claims c ON c.id = cs.claim_id
         WHERE cs.source_id = s.id) AS articles
FROM sources s
WHERE s.origin = 'discovered';
