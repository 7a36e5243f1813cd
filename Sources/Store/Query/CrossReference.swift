import GRDB

/// What `xref` compares and shows. Values are bound as parameters.
public struct CrossReferenceFilter: Sendable, Equatable {
    /// Key or alias of the attributed source.
    public var source: String?
    public var metric: String?
    /// ISO code of the country the figures are about.
    public var place: String?
    public var conflictsOnly = false
    /// Share of the value an "approximately" figure may be off by either way.
    public var tolerance = 0.05
    public var limit: Int?

    public init(source: String? = nil, metric: String? = nil, place: String? = nil, conflictsOnly: Bool = false,
                tolerance: Double = 0.05, limit: Int? = nil) {
        self.source = source
        self.metric = metric
        self.place = place
        self.conflictsOnly = conflictsOnly
        self.tolerance = tolerance
        self.limit = limit
    }
}

extension ClaimsDatabase {
    /// Pairs of comparable figures with their relation, conflicts first (largest gap
    /// first), then corroborations. The same logic as the `figure_conflicts` and
    /// `figure_corroborations` views, with the tolerance as a parameter.
    public func crossReference(_ filter: CrossReferenceFilter) throws(StoreError) -> QueryResult {
        var key: String?
        if let source = filter.source { key = try sourceKey(source) }
        // Filters narrow the figures before they are paired: only figures with equal source,
        // metric and place are ever compared, so this is the same result, found sooner.
        var narrowing: [String] = []
        var arguments = StatementArguments([filter.tolerance, filter.tolerance])
        if let key {
            narrowing.append("d.source = ?")
            _ = arguments.append(contentsOf: [key])
        }
        if let metric = filter.metric {
            narrowing.append("d.metric_key = ?")
            _ = arguments.append(contentsOf: [metric])
        }
        if let place = filter.place {
            narrowing.append("d.place = upper(?)")
            _ = arguments.append(contentsOf: [place])
        }
        var conditions: [String] = []
        if filter.conflictsOnly { conditions.append("c.meets = 0") }
        var sql = """
            WITH intervals AS (
                SELECT d.figure_id, d.article_id, d.source, d.metric_key, d.unit, d.place, d.kind, d.period_start, d.period_end,
                       d.value, d.qualifier,
                       CASE WHEN d.qualifier = 'approximately' THEN d.value - abs(d.value) * ? ELSE d.low END AS low,
                       CASE WHEN d.qualifier = 'approximately' THEN d.value + abs(d.value) * ? ELSE d.high END AS high,
                       d.qualifier = 'more_than' AS low_open, d.qualifier = 'less_than' AS high_open,
                       d.figure, d.sentence, d.article_title, d.url, d.published
                FROM figure_details d
                WHERE d.source IS NOT NULL AND d.metric_key IS NOT NULL\(narrowing.map { " AND " + $0 }.joined())
            ),
            comparisons AS (
                SELECT a.figure_id AS figure_a, b.figure_id AS figure_b, a.source, a.metric_key, a.unit, a.place,
                       CASE WHEN (a.low IS NULL OR b.high IS NULL OR a.low < b.high OR (a.low = b.high AND NOT a.low_open AND NOT b.high_open))
                             AND (b.low IS NULL OR a.high IS NULL OR b.low < a.high OR (b.low = a.high AND NOT b.low_open AND NOT a.high_open))
                            THEN 1 ELSE 0 END AS meets,
                       max(0, coalesce(a.low - b.high, 0), coalesce(b.low - a.high, 0)) / max(abs(a.value), abs(b.value), 1e-9) AS gap
                FROM intervals a
                JOIN intervals b
                  ON b.source = a.source AND b.metric_key = a.metric_key AND b.unit = a.unit AND b.place IS a.place
                 AND b.kind = a.kind AND b.article_id <> a.article_id AND b.figure_id > a.figure_id AND b.sentence <> a.sentence
                WHERE (a.period_start IS NULL AND a.period_end IS NULL AND b.period_start IS NULL AND b.period_end IS NULL
                        AND substr(a.published, 1, 10) = substr(b.published, 1, 10))
                   OR ((a.period_start IS NOT NULL OR a.period_end IS NOT NULL) AND (b.period_start IS NOT NULL OR b.period_end IS NOT NULL)
                       AND coalesce(a.period_start, '0000') <= coalesce(b.period_end, '9999') || 'z'
                       AND coalesce(b.period_start, '0000') <= coalesce(a.period_end, '9999') || 'z'
                       AND NOT coalesce(a.period_end = b.period_start AND a.period_start < a.period_end AND b.period_start < b.period_end, 0)
                       AND NOT coalesce(b.period_end = a.period_start AND b.period_start < b.period_end AND a.period_start < a.period_end, 0))
            )
            SELECT CASE c.meets WHEN 0 THEN 'conflict' ELSE 'corroboration' END AS relation, round(c.gap, 4) AS gap,
                   c.source, c.metric_key, c.unit, c.place,
                   fa.figure AS figure_a, fa.value AS value_a, fa.low AS low_a, fa.high AS high_a, fa.qualifier AS qualifier_a,
                   fa.sentence AS sentence_a, fa.article_title AS title_a, fa.url AS url_a, fa.published AS published_a,
                   fb.figure AS figure_b, fb.value AS value_b, fb.low AS low_b, fb.high AS high_b, fb.qualifier AS qualifier_b,
                   fb.sentence AS sentence_b, fb.article_title AS title_b, fb.url AS url_b, fb.published AS published_b,
                   c.figure_a AS figure_id_a, c.figure_b AS figure_id_b
            FROM comparisons c
            JOIN intervals fa ON fa.figure_id = c.figure_a AND fa.source = c.source
            JOIN intervals fb ON fb.figure_id = c.figure_b AND fb.source = c.source
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY c.meets, c.gap DESC, c.source, c.metric_key, c.figure_a, c.figure_b
            """
        if let limit = filter.limit {
            sql += " LIMIT ?"
            _ = arguments.append(contentsOf: [limit])
        }
        return try wrapQuery {
            try queue.read { db in try QueryResult.fetch(try db.makeStatement(sql: sql), arguments: arguments) }
        }
    }

    /// Figures in claims with no attributed source, largest first.
    public func unsourcedFigures(metric: String?, minimum: Double?, limit: Int?) throws(StoreError) -> QueryResult {
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
        return try wrapQuery {
            try queue.read { db in try QueryResult.fetch(try db.makeStatement(sql: sql), arguments: arguments) }
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
