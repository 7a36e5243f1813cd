-- claimsdb schema, version 9: open metric keys. A figure whose metric phrase no vocabulary key
-- names (seeds/metrics.json, user_metric_synonyms) now gets a key made from the phrase itself
-- ("housing starts" -> housing_starts) instead of NULL, so figures of the same unknown quantity
-- still compare with each other; metric_key_open says which keys were made that way (1) and
-- which were chosen from a vocabulary (0). `claimsdb metrics --discovered` counts the open keys
-- so a user can adopt one (`claimsdb metrics add KEY --phrase ...`). Rows stored before keep 0
-- and their NULL keys until `claimsdb reextract`. Documented in docs/schema.md, "figures" and
-- "Views".
ALTER TABLE figures ADD COLUMN metric_key_open INTEGER NOT NULL DEFAULT 0
    CHECK (metric_key_open IN (0, 1) AND (metric_key_open = 0 OR metric_key IS NOT NULL));

-- The views that show metric_key show metric_key_open beside it. figure_relations (c.*),
-- figure_conflicts, figure_corroborations and unsourced_figures select * from these and gain
-- the column with them.
DROP VIEW figure_comparisons;
DROP VIEW figure_intervals;
DROP VIEW figure_details;

CREATE VIEW figure_details AS
SELECT f.id AS figure_id,
       f.claim_id,
       c.article_id,
       s.key AS source,
       cs.verb,
       cs.speaker,
       f.text AS figure,
       f.value, f.low, f.high, f.unit, f.qualifier, f.kind,
       f.metric, f.metric_key, f.metric_key_open, f.place, f.period_start, f.period_end,
       c.text AS sentence,
       a.title AS article_title,
       a.url,
       a.published
FROM figures f
JOIN claims c ON c.id = f.claim_id
JOIN articles a ON a.id = c.article_id
LEFT JOIN claim_sources cs ON cs.claim_id = f.claim_id AND cs.role = 'attributed'
LEFT JOIN sources s ON s.id = cs.source_id;

CREATE VIEW figure_intervals AS
SELECT d.figure_id, d.claim_id, d.article_id, d.source, d.metric_key, d.metric_key_open, d.unit, d.place, d.kind,
       d.period_start, d.period_end, d.value, d.qualifier,
       CASE WHEN d.qualifier = 'approximately' THEN d.value - abs(d.value) * 0.05 ELSE d.low END AS low,
       CASE WHEN d.qualifier = 'approximately' THEN d.value + abs(d.value) * 0.05 ELSE d.high END AS high,
       d.qualifier = 'more_than' AS low_open,
       d.qualifier = 'less_than' AS high_open,
       d.figure, d.sentence, d.article_title, d.url, d.published
FROM figure_details d
WHERE d.source IS NOT NULL AND d.metric_key IS NOT NULL;

-- metric_key_open is 1 when either figure's key is open: a key adopted with `metrics add`
-- after some figures were stored is the same key, open on the older figures until reextract.
CREATE VIEW figure_comparisons AS
SELECT a.figure_id AS figure_a, b.figure_id AS figure_b,
       a.source, a.metric_key, max(a.metric_key_open, b.metric_key_open) AS metric_key_open, a.unit, a.place,
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
