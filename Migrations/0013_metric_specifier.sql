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
-- - Restatements: of one source, two figures that do not meet are a `revision` also when their
--   claims state a third value in common (a shortage put at 750 from 700, then at 800 from 750:
--   700 and 800 are one estimate revised twice); and when each claim states both values, they are
--   two copies of one comparison ("to 2.4 mln tonnes from three mln" sent twice in other
--   words), and the pair is left out: one copy's new value against the other's old one
--   compares nothing.
-- `claimsdb xref` applies the same rules in its sweep (FigurePairing, Restatement), and
-- CrossReferenceAgreementTests holds the two together.
-- Documented in docs/schema.md, "figures" and "Cross-referencing views".
ALTER TABLE figures ADD COLUMN specifier TEXT;

-- SQLite resolves a view's names when it is read, so the views built on these two stand as
-- they are.
DROP VIEW figure_relations;
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

-- Pairs of the same source from different articles (`figure_a` < `figure_b`), with their
-- relation and both sides spelled out. `a_in_b`: b's claim states a's value as another figure
-- of the same source, metric key, unit, place and kind; `b_in_a` the other way; `shared`: the
-- two claims state a third value in common. Each is asked only of pairs that do not meet.
CREATE VIEW figure_relations AS
SELECT CASE WHEN meets = 1 THEN 'corroboration' WHEN a_in_b OR b_in_a OR shared THEN 'revision' ELSE 'conflict' END AS relation,
       figure_a, figure_b, source, metric_key, metric_key_open, unit, place, meets, gap,
       value_a, low_a, high_a, qualifier_a, text_a, sentence_a, title_a, url_a, published_a,
       value_b, low_b, high_b, qualifier_b, text_b, sentence_b, title_b, url_b, published_b
FROM (
  SELECT q.*,
         CASE WHEN meets = 0 THEN EXISTS (
           SELECT 1 FROM figure_details o
           WHERE o.claim_id = q.claim_b AND o.figure_id <> q.figure_b AND o.source = q.source AND o.metric_key = q.metric_key
             AND o.unit = q.unit AND o.place IS q.place AND o.kind = q.kind AND o.value = q.value_a) ELSE 0 END AS a_in_b,
         CASE WHEN meets = 0 THEN EXISTS (
           SELECT 1 FROM figure_details o
           WHERE o.claim_id = q.claim_a AND o.figure_id <> q.figure_a AND o.source = q.source AND o.metric_key = q.metric_key
             AND o.unit = q.unit AND o.place IS q.place AND o.kind = q.kind AND o.value = q.value_b) ELSE 0 END AS b_in_a,
         CASE WHEN meets = 0 THEN EXISTS (
           SELECT 1 FROM figure_details o JOIN figure_details t
             ON t.claim_id = q.claim_b AND t.figure_id <> q.figure_b AND t.source = o.source AND t.metric_key = o.metric_key
            AND t.unit = o.unit AND t.place IS o.place AND t.kind = o.kind AND t.value = o.value
           WHERE o.claim_id = q.claim_a AND o.figure_id <> q.figure_a AND o.source = q.source AND o.metric_key = q.metric_key
             AND o.unit = q.unit AND o.place IS q.place AND o.kind = q.kind) ELSE 0 END AS shared
  FROM (
    SELECT p.*, p.source_a AS source,
           (SELECT claim_id FROM figures WHERE id = p.figure_a) AS claim_a, (SELECT claim_id FROM figures WHERE id = p.figure_b) AS claim_b
    FROM figure_pairs p
    WHERE p.source_b = p.source_a AND p.article_b <> p.article_a AND p.figure_b > p.figure_a
  ) q
)
WHERE NOT (meets = 0 AND a_in_b AND b_in_a);
