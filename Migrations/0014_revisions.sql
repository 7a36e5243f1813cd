-- claimsdb schema, version 14: a source revising its own figure is a revision, not a conflict.
-- Two figures of one source for the same quantity and time that do not meet, where either
-- sentence also states the other's value ("USDA estimated Soviet 1986/87 coarse grain imports
-- at 12.00 mln tonnes, vs 10.00 mln tonnes last month"; the Bank of England "revised up its
-- forecast ... to around 500 mln stg from its initial estimate of 350 mln"), are the source
-- updating itself: their relation is `revision`. Of 51 conflicts readers judged on
-- Reuters-21578 + BBC News, 8 were such revisions. `figure_conflicts` keeps only conflicts;
-- `figure_revisions` is new. Only the views change; `claimsdb xref` applies the same rule.
-- Documented in docs/schema.md, "Cross-referencing views".
DROP VIEW figure_conflicts;
DROP VIEW figure_corroborations;
DROP VIEW figure_comparisons;
DROP VIEW figure_relations;

-- Pairs of the same source from different articles (`figure_a` < `figure_b`), with their
-- relation and both sides spelled out.
CREATE VIEW figure_relations AS
SELECT CASE WHEN meets = 1 THEN 'corroboration'
            WHEN EXISTS (SELECT 1 FROM figures o JOIN figures f ON f.claim_id = o.claim_id
                         WHERE o.id = figure_b AND f.id <> figure_b AND f.value = value_a AND f.unit = p.unit)
              OR EXISTS (SELECT 1 FROM figures o JOIN figures f ON f.claim_id = o.claim_id
                         WHERE o.id = figure_a AND f.id <> figure_a AND f.value = value_b AND f.unit = p.unit)
            THEN 'revision' ELSE 'conflict' END AS relation,
       figure_a, figure_b, source_a AS source, metric_key, metric_key_open, unit, place, meets, gap,
       value_a, low_a, high_a, qualifier_a, text_a, sentence_a, title_a, url_a, published_a,
       value_b, low_b, high_b, qualifier_b, text_b, sentence_b, title_b, url_b, published_b
FROM figure_pairs p
WHERE source_b = source_a AND article_b <> article_a AND figure_b > figure_a;

CREATE VIEW figure_comparisons AS
SELECT figure_a, figure_b, source, metric_key, metric_key_open, unit, place, meets, gap FROM figure_relations;

CREATE VIEW figure_conflicts AS SELECT * FROM figure_relations WHERE relation = 'conflict';

CREATE VIEW figure_revisions AS SELECT * FROM figure_relations WHERE relation = 'revision';

CREATE VIEW figure_corroborations AS SELECT * FROM figure_relations WHERE meets = 1;
