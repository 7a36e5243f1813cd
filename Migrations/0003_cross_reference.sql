-- claimsdb schema, version 3: cross-referencing views. Documented in docs/schema.md.

-- Every figure with the interval its qualifier implies, as used to compare figures:
-- approximately is value +/- 5% (`claimsdb xref --tolerance` uses another share), the
-- other qualifiers keep low/high as stored (NULL where unbounded), and each bound says
-- whether it is strict ("more than 23" excludes 23).
CREATE VIEW figure_intervals AS
SELECT d.figure_id, d.claim_id, d.article_id, d.source, d.metric_key, d.unit, d.place, d.kind,
       d.period_start, d.period_end, d.value, d.qualifier,
       CASE WHEN d.qualifier = 'approximately' THEN d.value - abs(d.value) * 0.05 ELSE d.low END AS low,
       CASE WHEN d.qualifier = 'approximately' THEN d.value + abs(d.value) * 0.05 ELSE d.high END AS high,
       d.qualifier = 'more_than' AS low_open,
       d.qualifier = 'less_than' AS high_open,
       d.figure, d.sentence, d.article_title, d.url, d.published
FROM figure_details d
WHERE d.source IS NOT NULL AND d.metric_key IS NOT NULL;

-- Pairs of comparable figures: the same attributed source, metric key, unit, place and kind
-- (levels with levels, changes with changes), periods that overlap (spans of several years that
-- only touch, such as 1985/86 and 1986/87, do not) (or both unstated in articles of the same day: an unstated period is
-- the news of that day), from different articles and different sentences
-- (a wire story re-sent word for word is not a second witness). `meets` is 1 when
-- their intervals share a point, and `gap` is how far apart they are relative to the
-- larger value (0 when they meet).
CREATE VIEW figure_comparisons AS
SELECT a.figure_id AS figure_a, b.figure_id AS figure_b,
       a.source, a.metric_key, a.unit, a.place,
       CASE WHEN (a.low IS NULL OR b.high IS NULL OR a.low < b.high OR (a.low = b.high AND NOT a.low_open AND NOT b.high_open))
             AND (b.low IS NULL OR a.high IS NULL OR b.low < a.high OR (b.low = a.high AND NOT b.low_open AND NOT a.high_open))
            THEN 1 ELSE 0 END AS meets,
       max(0, coalesce(a.low - b.high, 0), coalesce(b.low - a.high, 0)) / max(abs(a.value), abs(b.value), 1e-9) AS gap
FROM figure_intervals a
JOIN figure_intervals b
  ON b.source = a.source AND b.metric_key = a.metric_key AND b.unit = a.unit AND b.place IS a.place
 AND b.kind = a.kind AND b.article_id <> a.article_id AND b.figure_id > a.figure_id AND b.sentence <> a.sentence
WHERE (a.period_start IS NULL AND a.period_end IS NULL AND b.period_start IS NULL AND b.period_end IS NULL
        AND substr(a.published, 1, 10) = substr(b.published, 1, 10))
   OR ((a.period_start IS NOT NULL OR a.period_end IS NOT NULL) AND (b.period_start IS NOT NULL OR b.period_end IS NOT NULL)
       AND coalesce(a.period_start, '0000') <= coalesce(b.period_end, '9999') || 'z'
       AND coalesce(b.period_start, '0000') <= coalesce(a.period_end, '9999') || 'z'
       AND NOT coalesce(a.period_end = b.period_start AND a.period_start < a.period_end AND b.period_start < b.period_end, 0)
       AND NOT coalesce(b.period_end = a.period_start AND b.period_start < b.period_end AND a.period_start < a.period_end, 0));

-- Every comparable pair with its relation and both sides spelled out.
CREATE VIEW figure_relations AS
SELECT CASE c.meets WHEN 0 THEN 'conflict' ELSE 'corroboration' END AS relation, c.*,
       fa.value AS value_a, fa.low AS low_a, fa.high AS high_a, fa.qualifier AS qualifier_a, fa.figure AS text_a,
       fa.sentence AS sentence_a, fa.article_title AS title_a, fa.url AS url_a, fa.published AS published_a,
       fb.value AS value_b, fb.low AS low_b, fb.high AS high_b, fb.qualifier AS qualifier_b, fb.figure AS text_b,
       fb.sentence AS sentence_b, fb.article_title AS title_b, fb.url AS url_b, fb.published AS published_b
FROM figure_comparisons c
JOIN figure_intervals fa ON fa.figure_id = c.figure_a AND fa.source = c.source
JOIN figure_intervals fb ON fb.figure_id = c.figure_b AND fb.source = c.source;

-- Comparable figures whose intervals do not meet: the same source cited for numbers that
-- cannot both be right. Largest gap first when ordered by gap.
CREATE VIEW figure_conflicts AS SELECT * FROM figure_relations WHERE meets = 0;

-- Comparable figures whose intervals meet: the source cited consistently.
CREATE VIEW figure_corroborations AS SELECT * FROM figure_relations WHERE meets = 1;

-- Figures in claims that no source is attributed.
CREATE VIEW unsourced_figures AS
SELECT * FROM figure_details WHERE source IS NULL;

-- An actor whose stance on a target changed: the earlier and the later stance, by the
-- articles' publication dates.
CREATE VIEW stance_changes AS
SELECT a.actor, a.target_key,
       a.polarity AS polarity_before, a.published AS published_before, a.sentence AS sentence_before,
       a.article_title AS title_before, a.stance_id AS stance_before,
       b.polarity AS polarity_after, b.published AS published_after, b.sentence AS sentence_after,
       b.article_title AS title_after, b.stance_id AS stance_after
FROM stance_details a
JOIN stance_details b
  ON b.actor = a.actor AND b.target_key IS a.target_key AND b.polarity <> a.polarity
 AND b.article_id <> a.article_id AND b.published > a.published;
