import GRDB

/// The query library behind `find`, `sources` and `sql`.
extension ClaimsDatabase {
    /// Claims matching the filter, one row per (claim, figure); a claim without figures
    /// gives one row with empty figure columns.
    public func find(_ filter: ClaimFilter) throws(StoreError) -> QueryResult {
        try .collecting { columns, eachRow throws(StoreError) in try find(filter, columns: columns, eachRow: eachRow) }
    }

    /// The rows of ``find(_:)`` handed over as they are read, after their column names, so
    /// that output which need not see them all first never holds them. The read transaction
    /// stays open until the last row.
    public func find(_ filter: ClaimFilter, columns: ([String]) throws -> Void,
                     eachRow: ([QueryResult.Value]) throws -> Void) throws(StoreError) {
        let query = try findQuery(filter)
        try readingFind(filter) { db in
            let statement = try query.statement(selecting: Self.findColumns(query), in: db)
            try columns(statement.columnNames)
            try QueryResult.forEach(statement, arguments: query.arguments, eachRow)
        }
    }

    /// Runs `work` in one read transaction. The one user text SQLite parses in `find` is the
    /// FTS5 query of `--text`, so a syntax error there is the search's, said as such.
    func readingFind<T>(_ filter: ClaimFilter, _ work: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try wrapQuery { try queue.read(work) }
        } catch .invalidQuery(let reason) where filter.text != nil {
            throw .invalidSearch(text: filter.text ?? "", reason: reason)
        } catch {
            throw error
        }
    }

    /// How SQLite will run `find` with this filter: the detail lines of `EXPLAIN QUERY PLAN`,
    /// for checking that every filter is served by an index.
    public func findPlan(_ filter: ClaimFilter) throws(StoreError) -> [String] {
        let query = try findQuery(filter)
        let sql = "EXPLAIN QUERY PLAN SELECT \(Self.findColumns(query))\n\(query.tail)"
        return try wrapQuery {
            try queue.read { db in
                try Row.fetchAll(db, sql: sql, arguments: query.arguments).map { $0["detail"] as String? ?? "" }
            }
        }
    }

    /// The columns `find` prints; full-text search adds a highlighted snippet.
    private static func findColumns(_ query: FindQuery) -> String {
        let snippet = query.snippet.map { ", \($0) AS snippet" } ?? ""
        return """
            c.id AS claim_id, a.published,
                   (SELECT group_concat(s.key, ',') FROM claim_sources cs JOIN sources s ON s.id = cs.source_id
                     WHERE cs.claim_id = c.id AND cs.role = 'attributed') AS source,
                   c.text AS sentence, f.text AS figure, f.value, f.unit, f.qualifier, f.metric_key,
                   f.period_start, f.period_end\(snippet)
            """
    }

    /// The FROM, WHERE and ORDER BY of `find`, with its bound values.
    func findQuery(_ filter: ClaimFilter) throws(StoreError) -> FindQuery {
        if let ranked = Self.rankedSearch(filter) { return ranked }
        let sourceID = try filter.source.map { name throws(StoreError) in try resolveSource(name) }
        let mentionID = try filter.mentions.map { name throws(StoreError) in try resolveSource(name) }
        // For date order, articles are read in `published` order (CROSS JOIN fixes the join
        // order in SQLite) so that LIMIT stops early instead of sorting every match, and each
        // claim's sources and figures are checked as it comes. Unless a filter is selective: a
        // search, one article, or a source or metric in few claims, whose claims are looked up
        // first and sorted.
        let rareSource = try isRare("claim_sources", where: "source_id = ? AND role = 'attributed'", sourceID)
        let rareMention = try isRare("claim_sources", where: "source_id = ?", mentionID)
        let rareMetric = try isRare("figures", where: "metric_key = ?", filter.metric)
        // Units are stored as the vocabulary writes them (USD, percent), and any case the user
        // types finds them. Where one spelling is stored, `unit = ?` lets the index on
        // (unit, value) give `--sort value` its order: 26 ms instead of 2.9 s on a million figures.
        let spellings = try storedSpellings(ofUnit: filter.unit)
        let unitCondition = spellings.count == 1 ? "f.unit = ?" : "f.unit IN (?, upper(?), lower(?))"
        let walksByDate = (filter.sort == .published || filter.sort == .newest) && filter.text == nil
            && filter.article == nil && !rareSource && !rareMention && !rareMetric
        // Each filter is a condition with one bound value; unset filters drop out.
        let candidates: [(sql: String, value: (any DatabaseValueConvertible)?)] = [
            (walksByDate
                ? "EXISTS (SELECT 1 FROM claim_sources cs WHERE cs.claim_id = c.id AND cs.source_id = ? AND cs.role = 'attributed')"
                : "c.id IN (SELECT claim_id FROM claim_sources WHERE source_id = ? AND role = 'attributed')", sourceID),
            (walksByDate
                ? "EXISTS (SELECT 1 FROM claim_sources cs WHERE cs.claim_id = c.id AND cs.source_id = ?)"
                : "c.id IN (SELECT claim_id FROM claim_sources WHERE source_id = ?)", mentionID),
            ("claims_fts MATCH ?", filter.text),
            ("f.metric_key = ?", filter.metric),
            // per claim through stances_by_claim: a group's member codes ("EE,LV,LT") have no index
            ("EXISTS (SELECT 1 FROM stances st WHERE st.claim_id = c.id AND \(Self.actorCondition))", filter.actor),
            (unitCondition, filter.unit.map { spellings.count == 1 ? spellings[0] : $0 }),
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
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let searching = filter.text != nil
        let from: String
        if searching {
            from = "claims_fts JOIN claims c ON c.id = claims_fts.rowid JOIN articles a ON a.id = c.article_id"
        } else if walksByDate {
            from = "articles a CROSS JOIN claims c ON c.article_id = a.id"
        } else {
            from = "claims c JOIN articles a ON a.id = c.article_id"
        }
        // Claims without figures stay unless a filter is on figures. When walking by date, the
        // figures are joined last (CROSS JOIN): SQLite would otherwise start from the figure
        // index and scan articles by date once per figure.
        let figureJoin = !filter.needsFigure ? "LEFT JOIN" : walksByDate ? "CROSS JOIN" : "JOIN"
        let order: String
        switch filter.sort {
        case .published: order = "a.published, c.article_id, c.ordinal, f.char_start"
        case .newest: order = "a.published DESC, c.article_id DESC, c.ordinal, f.char_start"
        case .value: order = filter.needsFigure ? "f.value DESC, c.id" : "f.value IS NULL, f.value DESC, c.id"
        case .rank: order = searching ? "claims_fts.rank, c.id, f.char_start" : "c.id, f.char_start"
        }
        var tail = """
            FROM \(from)
            \(figureJoin) figures f ON f.claim_id = c.id
            \(whereClause)
            ORDER BY \(order)
            """
        if let limit = filter.limit {
            tail += " LIMIT ?"
            _ = arguments.append(contentsOf: [limit])
        }
        return FindQuery(tail: tail, arguments: arguments, snippet: searching ? Self.snippet : nil)
    }

    private static let snippet = "snippet(claims_fts, 0, '[', ']', '…', 16)"

    /// A search with nothing else to filter, best match first: the full-text index ranks and
    /// cuts its matches before anything is joined, so a common word costs the ranking alone.
    private static func rankedSearch(_ filter: ClaimFilter) -> FindQuery? {
        guard let text = filter.text, let limit = filter.limit, filter.sort == .rank else { return nil }
        var rest = filter
        rest.text = nil
        rest.limit = nil
        rest.sort = ClaimFilter().sort
        guard rest == ClaimFilter(), !filter.needsFigure else { return nil }
        // LIMIT counts rows, one per (claim, figure): `limit` claims give at least as many
        return FindQuery(tail: """
            FROM (SELECT rowid AS id, rank, \(snippet) AS snippet FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rank LIMIT ?) AS hits
            JOIN claims c ON c.id = hits.id JOIN articles a ON a.id = c.article_id
            LEFT JOIN figures f ON f.claim_id = c.id
            ORDER BY hits.rank, c.id, f.char_start LIMIT ?
            """, arguments: [text, limit, limit], snippet: "hits.snippet")
    }

    /// Whether fewer than `commonCitations` rows match `condition` (one bound value): a source
    /// cited, or a metric stated, in few claims. At most that many index entries are counted,
    /// so the check costs well under a millisecond.
    private func isRare(_ table: String, where condition: String, _ value: (any DatabaseValueConvertible)?) throws(StoreError) -> Bool {
        guard let value else { return false }
        let count = try wrap {
            try queue.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM \(table) WHERE \(condition) LIMIT ?)",
                                 arguments: [value, Self.commonCitations]) ?? 0
            }
        }
        return count < Self.commonCitations
    }

    /// Which of `unit`, its upper case and its lower case some figure has, each found by one
    /// probe of the index on unit.
    private func storedSpellings(ofUnit unit: String?) throws(StoreError) -> [String] {
        guard let unit else { return [] }
        var spellings: [String] = []
        for spelling in [unit, unit.uppercased(), unit.lowercased()] where !spellings.contains(spelling) {
            spellings.append(spelling)
        }
        return try wrap {
            try queue.read { db in
                try spellings.filter { spelling in
                    try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM figures WHERE unit = ?)", arguments: [spelling]) ?? false
                }
            }
        }
    }

    /// Claims a source (or figures a metric) must have for `find` to walk articles in date order.
    static let commonCitations = 2_000

    /// The source registry (seeded and user-added) with aliases and how often each source is cited.
    public func sources() throws(StoreError) -> QueryResult {
        try wrap {
            try queue.read { db in
                try QueryResult.fetch(try db.makeStatement(sql: """
                    SELECT s.key, s.name, s.kind, s.country, s.origin,
                           (SELECT count(*) FROM claim_sources cs WHERE cs.source_id = s.id AND cs.role = 'attributed') AS attributed,
                           (SELECT count(*) FROM claim_sources cs WHERE cs.source_id = s.id AND cs.role = 'mentioned') AS mentioned,
                           (SELECT group_concat(alias, '; ') FROM (SELECT alias FROM source_aliases sa
                             WHERE sa.source_id = s.id ORDER BY alias)) AS aliases
                    FROM sources s WHERE s.origin <> 'discovered' ORDER BY attributed DESC, s.key
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
