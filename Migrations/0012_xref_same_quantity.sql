-- claimsdb schema, version 12: cross-referencing compares one quantity with itself. Readers
-- judged every pair `xref` gave on Reuters-21578 + BBC News; these rules follow what they found.
-- - Figures that state no period pair only when their articles were published on the same day
--   (`xref --window DAYS` widens it): such a figure is about the time of its report. Of 227
--   judged pairs of them from different days none was the same quantity, of 17 from the same
--   day 8 were (the window was 30 days).
-- - Figures that state a period pair only for the same period (equal start and end): a year's
--   figure is not its first quarter's, one week's total for the year so far not the next's.
-- - `figures.holder`: the company or body a figure's clause names as its subject, lower case,
--   without company suffixes; figures of two different holders never pair (the Pentagon's
--   contracts of one day to two companies). NULL on figures stored before this version until
--   `claimsdb reextract`.
-- - `revision`: two figures of one source that do not meet, where either sentence also states
--   the other's value as a figure of the same source, metric key, unit, place and kind ("11.50
--   mln tonnes, vs 9.80 mln tonnes last month"): the source revising itself, not a conflict.
--   `figure_revisions` is new; `figure_conflicts` keeps conflicts only.
-- `claimsdb xref` applies the same rules in its sweep (FigurePairing, CrossReferenceRows), and
-- CrossReferenceAgreementTests holds the two together.
-- Documented in docs/schema.md, "figures" and "Cross-referencing views".
ALTER TABLE figures ADD COLUMN holder TEXT;

DROP VIEW figure_conflicts;
DROP VIEW figure_corroborations;
DROP VIEW figure_comparisons_across_sources;
DROP VIEW figure_relations_across_sources;
DROP VIEW figure_comparisons;
DROP VIEW figure_relations;
DROP VIEW figure_pairs;

-- Every two figures (a, b), each with one of its sources, that measure the same thing over the
-- same time: the same metric key, unit, place (both NULL counts as the same) and kind (a change
-- is not compared with a level), not held by two different named companies or bodies, from
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
 -- two named holders that differ are two quantities (NULL matches any)
 AND NOT EXISTS (SELECT 1 FROM figures ha JOIN figures hb ON hb.id = b.figure_id WHERE ha.id = a.figure_id AND ha.holder <> hb.holder)
WHERE (a.period_start IS NULL AND a.period_end IS NULL AND b.period_start IS NULL AND b.period_end IS NULL
       AND abs(a.published_day - b.published_day) <= 0
       -- a recurring release: the same words but for the numbers on another day is a new reading
       AND (a.published_day = b.published_day
            OR replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(a.sentence, '0', ''), '1', ''), '2', ''), '3', ''), '4', ''), '5', ''), '6', ''), '7', ''), '8', ''), '9', ''), '.', ''), ',', '')
               <> replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(b.sentence, '0', ''), '1', ''), '2', ''), '3', ''), '4', ''), '5', ''), '6', ''), '7', ''), '8', ''), '9', ''), '.', ''), ',', '')))
   OR ((a.period_start IS NOT NULL OR a.period_end IS NOT NULL)
       AND a.period_start IS b.period_start AND a.period_end IS b.period_end);

-- Pairs of the same source from different articles (`figure_a` < `figure_b`), with their
-- relation and both sides spelled out.
CREATE VIEW figure_relations AS
SELECT CASE WHEN meets = 1 THEN 'corroboration'
            WHEN EXISTS (SELECT 1 FROM figure_details o
                         WHERE o.claim_id = (SELECT claim_id FROM figures WHERE id = p.figure_b) AND o.figure_id <> p.figure_b
                           AND o.source = p.source_b AND o.metric_key = p.metric_key AND o.unit = p.unit AND o.place IS p.place
                           AND o.kind = p.kind AND o.value = p.value_a)
              OR EXISTS (SELECT 1 FROM figure_details o
                         WHERE o.claim_id = (SELECT claim_id FROM figures WHERE id = p.figure_a) AND o.figure_id <> p.figure_a
                           AND o.source = p.source_a AND o.metric_key = p.metric_key AND o.unit = p.unit AND o.place IS p.place
                           AND o.kind = p.kind AND o.value = p.value_b)
            THEN 'revision' ELSE 'conflict' END AS relation,
       figure_a, figure_b, source_a AS source, metric_key, metric_key_open, unit, place, meets, gap,
       value_a, low_a, high_a, qualifier_a, text_a, sentence_a, title_a, url_a, published_a,
       value_b, low_b, high_b, qualifier_b, text_b, sentence_b, title_b, url_b, published_b
FROM figure_pairs p
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

CREATE VIEW figure_conflicts AS SELECT * FROM figure_relations WHERE relation = 'conflict';

CREATE VIEW figure_revisions AS SELECT * FROM figure_relations WHERE relation = 'revision';

CREATE VIEW figure_corroborations AS SELECT * FROM figure_relations WHERE meets = 1;
