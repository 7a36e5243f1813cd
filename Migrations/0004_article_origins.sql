-- claimsdb schema, version 4: every place an article was read from. An article's text is
-- stored and extracted once (articles.sha256 stays unique); the same text read again from
-- another file, JSON Lines line or standard input is one more row here, so a folder with
-- identical files, or one wire story filed under several names, is counted in full.

CREATE TABLE article_origins (
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    origin       TEXT NOT NULL,
    line         INTEGER NOT NULL DEFAULT 0 CHECK (line >= 0),
    ingested_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (origin, line, article_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX article_origins_by_article ON article_origins(article_id);

-- Articles stored before version 4 were read from one place each.
INSERT INTO article_origins(article_id, origin, line, ingested_at)
SELECT id, origin, coalesce(CAST(json_extract(meta, '$.line') AS INTEGER), 0), ingested_at FROM articles;
