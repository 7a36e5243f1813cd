import GRDB

/// The sources ingest found in the text (`sources.origin = 'discovered'`): organisations and
/// people articles cite that no one curated, listed by how often claims are attributed to
/// them so that a user can adopt the real ones.
extension ClaimsDatabase {
    /// Discovered sources attributed at least `minimum` claims, most cited first: `key`,
    /// `name`, `kind`, `attributed`, `mentioned`, `articles` and `aliases`.
    public func discoveredSources(minimum: Int = 1, limit: Int? = nil) throws(StoreError) -> QueryResult {
        try wrap {
            try queue.read { db in
                try QueryResult.fetch(try db.makeStatement(sql: """
                    SELECT d.key, d.name, d.kind, d.attributed, d.mentioned, d.articles,
                           (SELECT group_concat(alias, '; ') FROM (SELECT a.alias FROM source_aliases a JOIN sources s ON s.id = a.source_id
                             WHERE s.key = d.key ORDER BY a.alias)) AS aliases
                    FROM discovered_sources d
                    WHERE d.attributed >= ?
                    ORDER BY d.attributed DESC, d.key
                    LIMIT ?
                    """), arguments: [max(1, minimum), limit ?? -1])
            }
        }
    }

    /// Makes a discovered source a user source: curated from now on, read by the next ingest
    /// as the registry's own, with its claims and names kept. Throws for a key that names no
    /// discovered source.
    public func adoptSource(_ key: String) throws(StoreError) {
        let adopted = try wrap {
            try queue.write { db in
                try db.execute(sql: "UPDATE sources SET origin = 'user' WHERE key = upper(?) AND origin = 'discovered'", arguments: [key])
                guard db.changesCount > 0 else { return false }
                try db.execute(sql: """
                    UPDATE source_aliases SET origin = 'user'
                    WHERE origin = 'discovered' AND source_id = (SELECT id FROM sources WHERE key = upper(?))
                    """, arguments: [key])
                return true
            }
        }
        guard adopted else { throw .invalidVocabulary("no discovered source '\(key)'; `claimsdb sources --discovered` lists them") }
    }
}
