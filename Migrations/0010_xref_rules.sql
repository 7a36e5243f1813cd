-- claimsdb schema, version 10: the cross-referencing rules of issue 15. These views are the
-- definition; `claimsdb xref` finds the same rows by a sweep, computing `precision` and
-- `published_day` by the expressions below, and CrossReferenceAgreementTests holds it to them
-- on generated edge cases at any tolerance and window.
-- Documented in docs/schema.md, "Cross-referencing views".
--
-- - An approximate figure's interval follows the precision of its value, never narrower than
--   the tolerance: "about 5 percent" is 4.5 to 5.5, "around $40bn" 35 to 45 billion.
-- - Figures without a period pair when their articles were published within 30 days of each
--   other (`xref --window`), not only on the same day.
-- - A total since a year ("since 2022": period_start 2022, no end) pairs only with totals since
--   the same year, never with a year's figure ("in 2024") it happens to overlap.
-- - metric_key_open (migration 0009) stays in every view: 1 when either figure's key is open.
-- - figure_pairs holds comparability once; figure_relations (one source) and
--   figure_relations_across_sources (two sources, `xref --across-sources`) select from it.
DROP VIEW figure_conflicts;
DROP VIEW figure_corroborations;
DROP VIEW figure_relations;
DROP VIEW figure_comparisons;
DROP VIEW figure_intervals;

-- Every figure with an attributed source and a metric key, with the interval it is compared on.
-- The precision of an approximate figure is half a unit of the last significant digit of its
-- value (5 -> 0.5, 3.3 -> 0.05, 40e9 -> 5e9: the zeros that end a whole number are not
-- significant), read from its twelve significant digits. It is worked out here, at comparison,
-- and not stored at ingest: the interval is the wider of the precision and the tolerance,
-- which `xref --tolerance` sets per query, and low/high stored with the default 5% could not
-- give back a precision below it. The value keeps every digit the precision needs, except the
-- zeros that end a decimal ("about 1.0 percent" reads as "about 1 percent").
-- published_day is the julianday() of the article's calendar date as written (the first ten
-- characters of a date or date-time, in the zone it was written in), NULL when the date is
-- not a full day ("2024", "2024-03").
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
      WHERE f.source IS NOT NULL AND f.metric_key IS NOT NULL) d;

-- Every two figures (a, b), each with one of its sources, that measure the same thing over the
-- same time: the same metric key, unit, place (both NULL counts as the same) and kind (a change
-- is not compared with a level), from different claims said in different words (a story
-- re-sent word for word is no second witness), and periods that are comparable:
-- - neither states one, and their articles were published within 30 days of each other;
-- - both run from the same start with no end (cumulative totals "since 2022");
-- - both run to the same end with no start;
-- - both have a start and an end, and they overlap (spans of several years that only touch,
--   such as fiscal 1985/86 and 1986/87, do not).
-- `meets` is 1 when their intervals share a point, and `gap` is how far apart they are
-- relative to the larger value (0 when they meet). Both orders of each pair are here, with
-- each side spelled out.
CREATE VIEW figure_pairs AS
SELECT a.figure_id AS figure_a, a.source AS source_a, a.article_id AS article_a,
       b.figure_id AS figure_b, b.source AS source_b, b.article_id AS article_b,
       a.metric_key, max(a.metric_key_open, b.metric_key_open) AS metric_key_open, a.unit, a.place, a.kind,
       CASE WHEN (a.low IS NULL OR b.high IS NULL OR a.low < b.high OR (a.low = b.high AND NOT a.low_open AND NOT b.high_open))
             AND (b.low IS NULL OR a.high IS NULL OR b.low < a.high OR (b.low = a.high AND NOT b.low_open AND NOT a.high_open))
            THEN 1 ELSE 0 END AS meets,
       max(0, coalesce(a.low - b.high, 0), coalesce(b.low - a.high, 0)) / max(abs(a.value), abs(b.value), 1e-9) AS gap,
       a.value AS value_a, a.low AS low_a, a.high AS high_a, a.qualifier AS qualifier_a, a.figure AS text_a,
       a.sentence AS sentence_a, a.article_title AS title_a, a.url AS url_a, a.published AS published_a,
       b.value AS value_b, b.low AS low_b, b.high AS high_b, b.qualifier AS qualifier_b, b.figure AS text_b,
       b.sentence AS sentence_b, b.article_title AS title_b, b.url AS url_b, b.published AS published_b
FROM figure_intervals a
JOIN figure_intervals b
  ON b.metric_key = a.metric_key AND b.unit = a.unit AND b.place IS a.place AND b.kind = a.kind
 AND b.claim_id <> a.claim_id AND b.sentence <> a.sentence
WHERE (a.period_start IS NULL AND a.period_end IS NULL AND b.period_start IS NULL AND b.period_end IS NULL
       AND abs(a.published_day - b.published_day) <= 30)
   OR (a.period_end IS NULL AND b.period_end IS NULL AND a.period_start = b.period_start)
   OR (a.period_start IS NULL AND b.period_start IS NULL AND a.period_end = b.period_end)
   OR (a.period_start <= b.period_end || 'z' AND b.period_start <= a.period_end || 'z'
       AND NOT (a.period_end = b.period_start AND a.period_start < a.period_end AND b.period_start < b.period_end)
       AND NOT (b.period_end = a.period_start AND b.period_start < b.period_end AND a.period_start < a.period_end));

-- Pairs of the same source from different articles (`figure_a` < `figure_b`), with their
-- relation and both sides spelled out.
CREATE VIEW figure_relations AS
SELECT CASE meets WHEN 0 THEN 'conflict' ELSE 'corroboration' END AS relation,
       figure_a, figure_b, source_a AS source, metric_key, metric_key_open, unit, place, meets, gap,
       value_a, low_a, high_a, qualifier_a, text_a, sentence_a, title_a, url_a, published_a,
       value_b, low_b, high_b, qualifier_b, text_b, sentence_b, title_b, url_b, published_b
FROM figure_pairs
WHERE source_b = source_a AND article_b <> article_a AND figure_b > figure_a;

CREATE VIEW figure_comparisons AS
SELECT figure_a, figure_b, source, metric_key, metric_key_open, unit, place, meets, gap FROM figure_relations;

-- Pairs of two sources (`source_a` before `source_b`), from any articles: the IMF's forecast
-- beside the World Bank's, in two stories or in one, saying whether they agree.
CREATE VIEW figure_relations_across_sources AS
SELECT CASE meets WHEN 0 THEN 'differ' ELSE 'agree' END AS relation,
       figure_a, source_a, figure_b, source_b, metric_key, metric_key_open, unit, place, meets, gap,
       value_a, low_a, high_a, qualifier_a, text_a, sentence_a, title_a, url_a, published_a,
       value_b, low_b, high_b, qualifier_b, text_b, sentence_b, title_b, url_b, published_b
FROM figure_pairs
WHERE source_b > source_a;

CREATE VIEW figure_comparisons_across_sources AS
SELECT figure_a, source_a, figure_b, source_b, metric_key, metric_key_open, unit, place, meets, gap FROM figure_relations_across_sources;

CREATE VIEW figure_conflicts AS SELECT * FROM figure_relations WHERE meets = 0;

CREATE VIEW figure_corroborations AS SELECT * FROM figure_relations WHERE meets = 1;
