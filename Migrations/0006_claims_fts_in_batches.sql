-- claimsdb schema, version 6: claimsdb's writers fill claims_fts once per transaction, one
-- statement for many claims, instead of a trigger firing for every claim (a quarter of
-- ingest's writing time on Reuters-21578). Deletes and updates still go through triggers.
-- Whoever inserts claims by other means indexes them the same way:
--   INSERT INTO claims_fts(rowid, text) SELECT id, text FROM claims WHERE id > :last_indexed;
-- or rebuilds the whole index: INSERT INTO claims_fts(claims_fts) VALUES ('rebuild');
DROP TRIGGER claims_fts_insert;
