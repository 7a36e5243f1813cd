import GRDB

/// What `xref` compares and shows. Values are bound as parameters.
public struct CrossReferenceFilter: Sendable, Equatable {
    /// Key or alias of the attributed source; across sources, of either side.
    public var source: String?
    public var metric: String?
    /// ISO code of the country the figures are about.
    public var place: String?
    public var conflictsOnly = false
    /// Share of the value an "approximately" figure may be off by either way, at least: its
    /// interval is the wider of this and the precision of its value ("about 5 percent" is 4.5
    /// to 5.5 at any share up to a tenth).
    public var tolerance = 0.05
    /// How many days apart two articles may be published for figures that state no period to
    /// be compared: by default none, the same day, because such a figure is about the time of
    /// its report (one day's repurchase agreement is not the next day's).
    public var windowDays = 0
    /// Compare the figures of two sources (the IMF's forecast beside the World Bank's) instead
    /// of the figures of one.
    public var acrossSources = false
    public var limit: Int?

    public init(source: String? = nil, metric: String? = nil, place: String? = nil, conflictsOnly: Bool = false,
                tolerance: Double = 0.05, windowDays: Int = 0, acrossSources: Bool = false, limit: Int? = nil) {
        self.source = source
        self.metric = metric
        self.place = place
        self.conflictsOnly = conflictsOnly
        self.tolerance = tolerance
        self.windowDays = windowDays
        self.acrossSources = acrossSources
        self.limit = limit
    }
}

extension ClaimsDatabase {
    /// Pairs of comparable figures with their relation, conflicts first (largest gap
    /// first), then corroborations; across sources, `differ` then `agree`. The same rows as
    /// the `figure_relations` (`figure_relations_across_sources`) view, with the tolerance and
    /// the window as parameters, found by sorting the figures and sweeping over their periods
    /// (``FigurePairing``) rather than by the views' self-join, which tries every two figures
    /// of a group.
    public func crossReference(_ filter: CrossReferenceFilter) throws(StoreError) -> QueryResult {
        try pairing(filter) { rows, pairs, db in try rows.result(pairs, in: db) }
    }

    /// The columns of ``crossReference(_:eachRow:)``'s rows.
    public static let crossReferenceColumns = CrossReferenceRows.columns

    /// The columns of its rows across sources: each side with its source.
    public static let crossReferenceColumnsAcrossSources = CrossReferenceRows.columnsAcrossSources

    /// The rows of ``crossReference(_:)`` handed over one at a time, in the same order, so
    /// that output which need not see them all first never holds them: every pair of a million
    /// claims is 2.7 million rows. The read transaction stays open until the last row.
    public func crossReference(_ filter: CrossReferenceFilter, eachRow: ([QueryResult.Value]) throws -> Void) throws(StoreError) {
        try pairing(filter) { rows, pairs, db in try rows.forEachRow(pairs, in: db, eachRow) }
    }

    /// Pairs the comparable figures `filter` selects and reads the texts of those shown.
    private func pairing<T>(_ filter: CrossReferenceFilter,
                            _ body: (CrossReferenceRows, [FigurePair], Database) throws -> T) throws(StoreError) -> T {
        var narrowing = FigureNarrowing(metric: filter.metric, place: filter.place)
        let source = try filter.source.map { name throws(StoreError) in try sourceKey(name) }
        // across sources the other side may be any source, so the source is asked of each pair
        if !filter.acrossSources { narrowing.source = source }
        return try wrapQuery {
            try queue.read { db in
                let comparable = try ComparableFigures.read(db, narrowing: narrowing, acrossSources: filter.acrossSources)
                let rules = FigurePairing.Rules(
                    tolerance: filter.tolerance, window: filter.windowDays, acrossSources: filter.acrossSources,
                    source: filter.acrossSources ? source.map { key in Int32(comparable.sources.firstIndex(of: key) ?? -1) } : nil)
                let sentences = try db.makeStatement(sql: "SELECT (SELECT text FROM claims WHERE id = ?) = (SELECT text FROM claims WHERE id = ?)")
                var selection = PairSelection(limit: filter.limit)
                try FigurePairing(comparable, rules: rules).forEachPair(
                    sameSentence: { one, other in try Bool.fetchOne(sentences, arguments: [one, other]) ?? false }
                ) { pair in
                    if !(filter.conflictsOnly && pair.meets) { selection.add(pair) }
                }
                let pairs = selection.ordered()
                let rows = try CrossReferenceRows(pairs, of: comparable, tolerance: filter.tolerance,
                                                  acrossSources: filter.acrossSources, narrowing: narrowing, in: db)
                return try body(rows, pairs, db)
            }
        }
    }

    /// Figures in claims with no attributed source, largest first.
    public func unsourcedFigures(metric: String?, minimum: Double?, limit: Int?) throws(StoreError) -> QueryResult {
        try .collecting { columns, eachRow throws(StoreError) in
            try unsourcedFigures(metric: metric, minimum: minimum, limit: limit, columns: columns, eachRow: eachRow)
        }
    }

    /// The rows of ``unsourcedFigures(metric:minimum:limit:)`` handed over as they are read,
    /// after their column names: most figures of a large file can be unsourced.
    public func unsourcedFigures(metric: String?, minimum: Double?, limit: Int?, columns: ([String]) throws -> Void,
                                 eachRow: ([QueryResult.Value]) throws -> Void) throws(StoreError) {
        var conditions = ["source IS NULL"]
        var arguments = StatementArguments()
        if let metric {
            conditions.append("metric_key = ?")
            _ = arguments.append(contentsOf: [metric])
        }
        if let minimum {
            conditions.append("value >= ?")
            _ = arguments.append(contentsOf: [minimum])
        }
        var sql = """
            SELECT figure_id, claim_id, figure, value, unit, qualifier, metric_key, place, period_start, period_end,
                   sentence, article_title, url, published
            FROM figure_details WHERE \(conditions.joined(separator: " AND "))
            ORDER BY value DESC, figure_id
            """
        if let limit {
            sql += " LIMIT ?"
            _ = arguments.append(contentsOf: [limit])
        }
        try wrapQuery {
            try queue.read { db in
                let statement = try db.makeStatement(sql: sql)
                try columns(statement.columnNames)
                try QueryResult.forEach(statement, arguments: arguments, eachRow)
            }
        }
    }

    /// Actors whose stance on a target changed between articles, by publication date.
    public func stanceChanges(actor: String?, limit: Int?) throws(StoreError) -> QueryResult {
        var sql = "SELECT * FROM stance_changes"
        var arguments = StatementArguments()
        if let actor {
            sql += " WHERE actor = ? COLLATE NOCASE"
            _ = arguments.append(contentsOf: [actor])
        }
        sql += " ORDER BY actor, target_key, published_before, published_after"
        if let limit {
            sql += " LIMIT ?"
            _ = arguments.append(contentsOf: [limit])
        }
        return try wrapQuery {
            try queue.read { db in try QueryResult.fetch(try db.makeStatement(sql: sql), arguments: arguments) }
        }
    }

    /// The registry key a key or alias names.
    func sourceKey(_ name: String) throws(StoreError) -> String {
        let id = try resolveSource(name)
        let key = try wrap { try queue.read { db in try String.fetchOne(db, sql: "SELECT key FROM sources WHERE id = ?", arguments: [id]) } }
        guard let key else { throw .unknownSource(name) }
        return key
    }
}
