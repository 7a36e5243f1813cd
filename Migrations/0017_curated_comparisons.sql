-- claimsdb schema, version 17: cross-referencing compares the figures of curated sources.
-- Documented in docs/schema.md.
--
-- A discovered source (origin 'discovered', Migrations/0016_discovered_sources.sql) is a name
-- ingest read, not a source anyone vouched for: a rating agency's figures are about the
-- issuers it rates, a company's about its many units. Its figures are compared once a user
-- adopts it (`claimsdb sources adopt KEY`); until then they are found by `find --source` but
-- pair with nothing. The views that pair figures read figure_intervals, so redefining it
-- here narrows every one of them; the Swift engine (ComparableFigures) reads the same
-- condition.
DROP VIEW figure_intervals;
-- As in Migrations/0010_xref_rules.sql, with the one condition more.
CREATE VIEW figure_intervals AS
SELECT d.figure_id, d.claim_id, d.article_id, d.source, d.metric_key, d.metric_key_open, d.unit, d.place, d.kind,
       d.period_start, d.period_end, d.value, d.qualifier,
       CASE WHEN d.qualifier = 'approximately' THEN d.value - max(d.precision, abs(d.value) * 0.05) ELSE d.low END AS low,
       CASE WHEN d.qualifier = 'approximately' THEN d.value + max(d.precision, abs(d.value) * 0.05) ELSE d.high END AS high,
       d.qualifier = 'more_than' AS low_open,
       d.qualifier = 'less_than' AS high_open,
       d.precision, d.published_day,
       d.figure, d.sentence, d.article_title, d.url, d.published
FROM (SELECT f.*,
             -- `xref` computes the next two once per distinct value and day, by the same
             -- expressions (Sources/Store/Query/ViewExpressions.swift). Zero has no significant
             -- digit and an infinite value no interval; else from '4.00000000000e+10',
             -- 5e(exponent - significant digits) is half the last significant digit's unit.
             CASE WHEN f.qualifier IS NOT 'approximately' THEN NULL
                  ELSE CASE WHEN f.value = 0 OR abs(f.value) > 1.7976931348623157e308 THEN 0.0 ELSE CAST('5e' || (CAST(substr(printf('%.11e', abs(f.value)), 15) AS INTEGER) - length(rtrim(replace(substr(printf('%.11e', abs(f.value)), 1, 13), '.', ''), '0'))) AS REAL) END
             END AS precision,
             CASE WHEN f.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN julianday(substr(f.published, 1, 10)) END
               AS published_day
      FROM figure_details f
      WHERE f.source IS NOT NULL AND f.metric_key IS NOT NULL
        AND f.source NOT IN (SELECT key FROM sources WHERE origin = 'discovered')) d;

