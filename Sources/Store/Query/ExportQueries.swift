import GRDB

/// What `claimsdb export` reads: the claims and figures `find` selects, whole. Each is handed
/// over as it is read, in one read transaction, so that an export of the whole file holds
/// one claim at a time, not every claim's article and text.
extension ClaimsDatabase {
    /// Each claim the filter selects, with its article, sources, figures and stances, in
    /// `find`'s order; `limit` counts claims, not `find`'s rows.
    public func exportClaims(_ filter: ClaimFilter) throws(StoreError) -> [ClaimDetail] {
        var claims: [ClaimDetail] = []
        try exportClaims(filter) { claims.append($0) }
        return claims
    }

    /// The claims of ``exportClaims(_:)`` handed over one at a time, as they are read.
    public func exportClaims(_ filter: ClaimFilter, eachClaim: (ClaimDetail) throws -> Void) throws(StoreError) {
        var unlimited = filter
        unlimited.limit = nil
        let query = try findQuery(unlimited)
        try readingFind(filter) { db in
            let rows = try Row.fetchCursor(try query.statement(selecting: "c.id", in: db), arguments: query.arguments)
            // a claim is one row per figure, and those rows need not be next to each other
            var seen = Set<Int64>()
            var count = 0
            while count < filter.limit ?? Int.max, let row = try rows.next() {
                let id: Int64 = row[0]
                guard seen.insert(id).inserted, let detail = try Self.claimDetail(id, in: db) else { continue }
                try eachClaim(detail)
                count += 1
            }
        }
    }

    /// The figures the filter selects, one row per (figure, attributed source), with the
    /// claim's sentence and the article: the columns of the `figure_details` view plus
    /// `source_name` and `outlet`. `limit` counts figures.
    public func exportFigures(_ filter: ClaimFilter) throws(StoreError) -> QueryResult {
        try .collecting { columns, eachRow throws(StoreError) in try exportFigures(filter, columns: columns, eachRow: eachRow) }
    }

    /// The rows of ``exportFigures(_:)`` handed over as they are read, after their column names.
    public func exportFigures(_ filter: ClaimFilter, columns: ([String]) throws -> Void,
                              eachRow: ([QueryResult.Value]) throws -> Void) throws(StoreError) {
        var unlimited = filter
        unlimited.limit = nil
        let query = try findQuery(unlimited)
        try readingFind(filter) { db in
            let figure = try db.makeStatement(sql: """
                SELECT d.figure_id, d.claim_id, d.article_id, d.source, s.name AS source_name, d.verb, d.speaker, d.figure,
                       d.value, d.low, d.high, d.unit, d.qualifier, d.kind, d.metric, d.metric_key, d.metric_key_open, d.place, d.period_start,
                       d.period_end, d.sentence, d.article_title, d.url, a.outlet, d.published
                FROM figure_details d
                JOIN articles a ON a.id = d.article_id
                LEFT JOIN sources s ON s.key = d.source
                WHERE d.figure_id = ?
                ORDER BY d.source
                """)
            try columns(figure.columnNames)
            let ids = try Row.fetchCursor(try query.statement(selecting: "f.id", in: db), arguments: query.arguments)
            var count = 0
            while count < filter.limit ?? Int.max, let row = try ids.next() {
                // a claim without figures is a row of find with no figure id
                guard let id: Int64 = row[0] else { continue }
                try QueryResult.forEach(figure, arguments: [id], eachRow)
                count += 1
            }
        }
    }
}
