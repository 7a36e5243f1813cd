-- claimsdb schema, version 13: what narrows a metric to one quantity of its kind. Readers judged
-- every conflict `xref` gave on Reuters-21578 + BBC News wrong: most set two quantities of one
-- key against each other that the sentences tell apart by a word the key leaves out (one crop's
-- plantings against another's, a credit line for one commodity against another's, a bank's
-- morning and afternoon operations).
-- - `figures.specifier`: those words as a sorted set, lower case, singular ("winter" for "winter
--   onion production", "sale wheat" for "the credit line for wheat sales", "afternoon" for a
--   market operation "in the afternoon session"); figures of two different specifiers never
--   pair, as figures of two different holders do not. NULL on figures stored before this
--   version until `claimsdb reextract`.
-- `claimsdb xref` applies the same rule in its sweep (FigurePairing), and
-- CrossReferenceAgreementTests holds the two together.
-- Documented in docs/schema.md, "figures" and "Cross-referencing views".
ALTER TABLE figures ADD COLUMN specifier TEXT;

-- SQLite resolves a view's names when it is read, so the views built on figure_pairs stand as
-- they are.
DROP VIEW figure_pairs;

-- Every two figures (a, b), each with one of its sources, that measure the same thing over the
-- same time: the same metric key, unit, place (both NULL counts as the same) and kind (a change
-- is not compared with a level), not held by two different named companies or bodies nor
-- narrowed to two different kinds of the metric (`specifier`), from
-- different claims said in different words (a story re-sent word for word is no second
-- witness), and periods that are comparable:
-- - neither states one and their articles were published on the same day (the 0 below is the
--   window of days, which `xref --window` sets), and, on different days, their sentences differ
--   in more than their numbers (the Bank of England's "forecast a shortage of around 950 mln
--   stg in the money market today" one day and "... 800 mln stg ..." the next are two readings
--   of a daily release, not two witnesses);
-- - both state the same period: the same start and the same end ("since 2022" is 2022 to
--   NULL and compares only with another total since 2022; "in 2024" is 2024 to 2024).
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
 -- two named holders, or two specifiers, that differ are two quantities (NULL matches any)
 AND NOT EXISTS (SELECT 1 FROM figures ha JOIN figures hb ON hb.id = b.figure_id
                 WHERE ha.id = a.figure_id AND (ha.holder <> hb.holder OR ha.specifier <> hb.specifier))
WHERE (a.period_start IS NULL AND a.period_end IS NULL AND b.period_start IS NULL AND b.period_end IS NULL
       AND abs(a.published_day - b.published_day) <= 0
       -- a recurring release: the same words but for the numbers on another day is a new reading
       AND (a.published_day = b.published_day
            OR replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(a.sentence, '0', ''), '1', ''), '2', ''), '3', ''), '4', ''), '5', ''), '6', ''), '7', ''), '8', ''), '9', ''), '.', ''), ',', '')
               <> replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(b.sentence, '0', ''), '1', ''), '2', ''), '3', ''), '4', ''), '5', ''), '6', ''), '7', ''), '8', ''), '9', ''), '.', ''), ',', '')))
   OR ((a.period_start IS NOT NULL OR a.period_end IS NOT NULL)
       AND a.period_start IS b.period_start AND a.period_end IS b.period_end);
