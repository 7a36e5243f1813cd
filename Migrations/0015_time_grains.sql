-- claimsdb schema, version 15: a figure of one week or of one part of a day is not the whole
-- period's. Readers judged the Bundesbank's cash in circulation "in the last week of February"
-- (121.5 billion marks) set against the February figure (111.7 billion) a wrong conflict: the
-- specifier `week` (or `morning`, `afternoon`, `evening`) narrowed one, and a NULL specifier
-- paired with anything. Now two figures pair only when their specifiers name the same time
-- grain or none. `claimsdb xref` applies the same rule in its sweep (TimeGrain), and
-- CrossReferenceAgreementTests holds the two together.
-- Documented in docs/schema.md, "Cross-referencing views".

-- SQLite resolves a view's names when it is read, so the views built on this one stand as
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
                 WHERE ha.id = a.figure_id AND (ha.holder <> hb.holder OR ha.specifier <> hb.specifier
                   -- a week's or a part of a day's figure is not the whole period's (NULL is no grain)
                   OR (CASE WHEN instr(' ' || ha.specifier || ' ', ' week ') THEN 'week' WHEN instr(' ' || ha.specifier || ' ', ' morning ') THEN 'morning'
                            WHEN instr(' ' || ha.specifier || ' ', ' afternoon ') THEN 'afternoon' WHEN instr(' ' || ha.specifier || ' ', ' evening ') THEN 'evening' END)
                      IS NOT (CASE WHEN instr(' ' || hb.specifier || ' ', ' week ') THEN 'week' WHEN instr(' ' || hb.specifier || ' ', ' morning ') THEN 'morning'
                            WHEN instr(' ' || hb.specifier || ' ', ' afternoon ') THEN 'afternoon' WHEN instr(' ' || hb.specifier || ' ', ' evening ') THEN 'evening' END)))
 -- a value a thousand, a million or a billion times the other is a scale word one copy dropped
 AND NOT (CASE WHEN a.value <> 0 AND b.value <> 0 AND abs(a.value) < 1e300 AND abs(b.value) < 1e300
                AND (abs(a.value * 1e3 - b.value) <= 1e-9 * abs(b.value) OR abs(a.value * 1e6 - b.value) <= 1e-9 * abs(b.value)
                     OR abs(a.value * 1e9 - b.value) <= 1e-9 * abs(b.value) OR abs(b.value * 1e3 - a.value) <= 1e-9 * abs(a.value)
                     OR abs(b.value * 1e6 - a.value) <= 1e-9 * abs(a.value) OR abs(b.value * 1e9 - a.value) <= 1e-9 * abs(a.value))
               THEN 1 ELSE 0 END)
WHERE (a.period_start IS NULL AND a.period_end IS NULL AND b.period_start IS NULL AND b.period_end IS NULL
       AND abs(a.published_day - b.published_day) <= 0
       -- a recurring release: the same words but for the numbers on another day is a new reading
       AND (a.published_day = b.published_day
            OR replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(a.sentence, '0', ''), '1', ''), '2', ''), '3', ''), '4', ''), '5', ''), '6', ''), '7', ''), '8', ''), '9', ''), '.', ''), ',', '')
               <> replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(b.sentence, '0', ''), '1', ''), '2', ''), '3', ''), '4', ''), '5', ''), '6', ''), '7', ''), '8', ''), '9', ''), '.', ''), ',', '')))
   OR ((a.period_start IS NOT NULL OR a.period_end IS NOT NULL)
       AND a.period_start IS b.period_start AND a.period_end IS b.period_end);
