-- claimsdb schema, version 16: a revision restates the same quantity. Two figures of one
-- source that do not meet are a `revision` when either sentence also states the other's value
-- as a figure of the same source, metric key, unit, place and kind ("USDA estimated ... at
-- 12.00 mln tonnes, vs 10.00 mln tonnes last month"), not merely any number equal to it. Only
-- figure_relations and the views on it change; `claimsdb xref` applies the same rule to the
-- figures it has already read (version 14 asked SQLite twice for every conflict: an unlimited
-- xref of the bench's million claims took 64 s instead of 16).
-- Documented in docs/schema.md, "Cross-referencing views".
DROP VIEW figure_conflicts;
DROP VIEW figure_revisions;
DROP VIEW figure_corroborations;
DROP VIEW figure_comparisons;
DROP VIEW figure_relations;

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

CREATE VIEW figure_conflicts AS SELECT * FROM figure_relations WHERE relation = 'conflict';

CREATE VIEW figure_revisions AS SELECT * FROM figure_relations WHERE relation = 'revision';

CREATE VIEW figure_corroborations AS SELECT * FROM figure_relations WHERE meets = 1;
