-- claimsdb schema, version 8: figures_by_metric and figures_by_place index only the figures
-- that have a metric or a place. Most figures have neither (in Reuters-21578, 92% have no
-- metric_key and 93% no place), every query of claimsdb's asks for a given metric or place,
-- and SQLite uses an index "WHERE x IS NOT NULL" for any `x = ...` term. Leaving those
-- rows out took ingesting Reuters-21578 from 1.67 to 1.54 s. Documented in docs/schema.md,
-- "Indexes".
DROP INDEX figures_by_metric;
CREATE INDEX figures_by_metric ON figures(metric_key, unit, value) WHERE metric_key IS NOT NULL;
DROP INDEX figures_by_place;
CREATE INDEX figures_by_place ON figures(place) WHERE place IS NOT NULL;
