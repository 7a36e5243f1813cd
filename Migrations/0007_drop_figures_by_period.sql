-- claimsdb schema, version 7: no index on figures(period_start). No query of claimsdb's
-- filters or orders by a figure's period (cross-referencing compares periods after grouping
-- figures by source, metric, unit and place), and each index on figures is one more B-tree
-- insert per figure at ingest. Documented in docs/schema.md, "Indexes".
DROP INDEX figures_by_period;
