-- claimsdb schema, version 2: keep each article's block structure, so that `claimsdb
-- reextract` can run a newer extractor over what is stored without the original files.

-- JSON array of [kind, start, end] per block, UTF-8 byte offsets into body; kind is one of
-- title, heading, paragraph, list_item, boilerplate. NULL for articles stored before version 2.
ALTER TABLE articles ADD COLUMN blocks TEXT CHECK (blocks IS NULL OR json_valid(blocks));
