import GRDB

/// What `claimsdb export` reads: the claims and figures `find` selects, whole.
extension ClaimsDatabase {
    /// Each claim the filter selects, with its article, sources, figures and stances, in
    /// `find`'s order; `limit` counts claims, not `find`'s rows.
    public func exportClaims(_ filter: ClaimFilter) throws(StoreError) -> [ClaimDetail] {
        var claims: [ClaimDetail] = []
        for id in try unlimitedIDs(filter).claims.prefix(filter.limit ?? Int.max) {
            if let detail = try claimDetail(id) { claims.append(detail) }
        }
        return claims
    }

    /// The figures the filter selects, one row per (figure, attributed source), with the
    /// claim's sentence and the article: the columns of the `figure_details` view plus
    /// `source_name` and `outlet`. `limit` counts figures.
    public func exportFigures(_ filter: ClaimFilter) throws(StoreError) -> QueryResult {
        let ids = try unlimitedIDs(filter).figures.prefix(filter.limit ?? Int.max)
        let list = "[" + ids.map(String.init).joined(separator: ",") + "]"
        return try wrapQuery {
            try queue.read { db in
                try QueryResult.fetch(try db.makeStatement(sql: """
                    SELECT d.figure_id, d.claim_id, d.article_id, d.source, s.name AS source_name, d.verb, d.speaker, d.figure,
                           d.value, d.low, d.high, d.unit, d.qualifier, d.kind, d.metric, d.metric_key, d.metric_key_open, d.place,
                           d.period_start, d.period_end, d.sentence, d.article_title, d.url, a.outlet, d.published
                    FROM json_each(?) j
                    JOIN figure_details d ON d.figure_id = j.value
                    JOIN articles a ON a.id = d.article_id
                    LEFT JOIN sources s ON s.key = d.source
                    ORDER BY j.key, d.source
                    """), arguments: [list])
            }
        }
    }

    /// The ids `find` selects, all of them: `limit` is applied to claims or figures after.
    private func unlimitedIDs(_ filter: ClaimFilter) throws(StoreError) -> (claims: [Int64], figures: [Int64]) {
        var unlimited = filter
        unlimited.limit = nil
        return try findIDs(unlimited)
    }
}
