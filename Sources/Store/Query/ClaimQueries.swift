import GRDB

/// The query library behind `find`, `sources` and `sql`.
extension ClaimsDatabase {
    /// Claims matching the filter, one row per (claim, figure); a claim without figures
    /// gives one row with empty figure columns.
    public func find(_ filter: ClaimFilter) throws(StoreError) -> QueryResult {
        let sourceID = try filter.source.map { name throws(StoreError) in try resolveSource(name) }
        let mentionID = try filter.mentions.map { name throws(StoreError) in try resolveSource(name) }
        // Each filter is a condition with one bound value; unset filters drop out.
        let candidates: [(sql: String, value: (any DatabaseValueConvertible)?)] = [
            ("c.id IN (SELECT claim_id FROM claim_sources WHERE source_id = ? AND role = 'attributed')", sourceID),
            ("c.id IN (SELECT claim_id FROM claim_sources WHERE source_id = ?)", mentionID),
            ("claims_fts MATCH ?", filter.text),
            ("f.metric_key = ?", filter.metric),
            ("c.id IN (SELECT claim_id FROM stances WHERE \(Self.actorCondition))", filter.actor),
            ("f.unit = ? COLLATE NOCASE", filter.unit),
            ("f.value >= ?", filter.minimum),
            ("f.value <= ?", filter.maximum),
            ("a.published >= ?", filter.since),
            ("a.published < ?", filter.until),
            ("c.article_id = ?", filter.article),
            ("f.place = upper(?)", filter.place),
        ]
        var conditions: [String] = []
        var arguments = StatementArguments()
        for candidate in candidates {
            guard let value = candidate.value else { continue }
            conditions.append(candidate.sql)
            // the actor condition binds the value twice: as a name and as a code
            let count = candidate.sql.filter { $0 == "?" }.count
            _ = arguments.append(contentsOf: StatementArguments(Array(repeating: value, count: count)))
        }
        if filter.needsFigure { conditions.append("f.id IS NOT NULL") }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        // full-text search reads claims through the index, with a highlighted snippet
        let searching = filter.text != nil
        // The full-text index drives a search; otherwise, for date order, articles are read in
        // `published` order (CROSS JOIN fixes the join order in SQLite) so that LIMIT stops
        // early instead of sorting every match.
        let from: String
        if searching {
            from = "claims_fts JOIN claims c ON c.id = claims_fts.rowid JOIN articles a ON a.id = c.article_id"
        } else if filter.sort == .published || filter.sort == .newest {
            from = "articles a CROSS JOIN claims c ON c.article_id = a.id"
        } else {
            from = "claims c JOIN articles a ON a.id = c.article_id"
        }
        let snippet = searching ? ", snippet(claims_fts, 0, '[', ']', '…', 16) AS snippet" : ""
        let order: String
        switch filter.sort {
        case .published: order = "a.published, c.article_id, c.ordinal, f.char_start"
        case .newest: order = "a.published DESC, c.article_id DESC, c.ordinal, f.char_start"
        case .value: order = "f.value IS NULL, f.value DESC, c.id"
        case .rank: order = searching ? "claims_fts.rank, c.id, f.char_start" : "c.id, f.char_start"
        }
        var sql = """
            SELECT c.id AS claim_id, a.published,
                   (SELECT group_concat(s.key, ',') FROM claim_sources cs JOIN sources s ON s.id = cs.source_id
                     WHERE cs.claim_id = c.id AND cs.role = 'attributed') AS source,
                   c.text AS sentence, f.text AS figure, f.value, f.unit, f.qualifier, f.metric_key,
                   f.period_start, f.period_end\(snippet)
            FROM \(from)
            LEFT JOIN figures f ON f.claim_id = c.id
            \(whereClause)
            ORDER BY \(order)
            """
        if let limit = filter.limit {
            sql += " LIMIT ?"
            _ = arguments.append(contentsOf: [limit])
        }
        do {
            return try wrapQuery {
                try queue.read { db in try QueryResult.fetch(try db.makeStatement(sql: sql), arguments: arguments) }
            }
        } catch .invalidQuery(let reason) where searching {
            // the one user text SQLite parses: FTS5 query syntax
            throw .invalidSearch(text: filter.text ?? "", reason: reason)
        } catch {
            throw error
        }
    }

    /// The source registry with aliases and how often each source is cited.
    public func sources() throws(StoreError) -> QueryResult {
        try wrap {
            try queue.read { db in
                try QueryResult.fetch(try db.makeStatement(sql: """
                    SELECT s.key, s.name, s.kind, s.country,
                           (SELECT count(*) FROM claim_sources cs WHERE cs.source_id = s.id AND cs.role = 'attributed') AS attributed,
                           (SELECT count(*) FROM claim_sources cs WHERE cs.source_id = s.id AND cs.role = 'mentioned') AS mentioned,
                           (SELECT group_concat(alias, '; ') FROM (SELECT alias FROM source_aliases sa
                             WHERE sa.source_id = s.id ORDER BY alias)) AS aliases
                    FROM sources s ORDER BY attributed DESC, s.key
                    """))
            }
        }
    }

    /// The id of the source a key or alias names, ignoring case.
    func resolveSource(_ name: String) throws(StoreError) -> Int64 {
        let id = try wrap {
            try queue.read { db in
                try Int64.fetchOne(db, sql: """
                    SELECT id FROM sources WHERE key = upper(?)
                    UNION ALL SELECT source_id FROM source_aliases WHERE alias = ? COLLATE NOCASE
                    LIMIT 1
                    """, arguments: [name, name])
            }
        }
        guard let id else { throw .unknownSource(name) }
        return id
    }

    /// Like ``wrap(_:)``, but SQL errors are the user's query, not the database.
    func wrapQuery<T>(_ work: () throws -> T) throws(StoreError) -> T {
        do {
            return try work()
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR {
            throw .invalidQuery(error.message ?? String(describing: error))
        } catch let error as DatabaseError {
            throw Self.classify(error, path: path)
        } catch {
            throw .database(path: path, message: String(describing: error))
        }
    }
}
