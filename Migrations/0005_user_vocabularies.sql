-- claimsdb schema, version 5: vocabularies the user adds without recompiling. Documented in
-- docs/schema.md. `claimsdb ingest` and `claimsdb reextract` read them beside the seeds.

-- Sources the user adds are ordinary rows of sources and source_aliases, so that find,
-- xref and every view treat them as the registry's own; origin says who added them.
ALTER TABLE sources ADD COLUMN origin TEXT NOT NULL DEFAULT 'seed' CHECK (origin IN ('seed', 'user'));
ALTER TABLE source_aliases ADD COLUMN origin TEXT NOT NULL DEFAULT 'seed' CHECK (origin IN ('seed', 'user'));

-- Phrases that name a metric, beside those of seeds/metrics.json; a phrase here wins over
-- the same phrase in the seeds. Stored lower case.
CREATE TABLE user_metric_synonyms (
    phrase      TEXT NOT NULL PRIMARY KEY COLLATE NOCASE CHECK (length(phrase) > 0),
    metric_key  TEXT NOT NULL CHECK (length(metric_key) > 0 AND metric_key NOT GLOB '*[^a-z0-9_]*')
) STRICT;

-- Actors who take sides, beside those of seeds/actors.json: a person (matched by name and
-- aliases, exactly as written) or a collective ("union leaders"; matched ignoring case).
CREATE TABLE user_actors (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) > 0),
    kind     TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'collective')),
    country  TEXT CHECK (country IS NULL OR (length(country) = 2 AND country NOT GLOB '*[^A-Z]*'))
) STRICT;

-- Other names of a person in user_actors ("Georgieva" for "Kristalina Georgieva").
CREATE TABLE user_actor_aliases (
    alias     TEXT NOT NULL PRIMARY KEY CHECK (length(alias) > 0),
    actor_id  INTEGER NOT NULL REFERENCES user_actors(id) ON DELETE CASCADE
) STRICT;
CREATE INDEX user_actor_aliases_by_actor ON user_actor_aliases(actor_id);
