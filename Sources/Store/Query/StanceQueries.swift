import GRDB

extension ClaimsDatabase {
    /// The stance matrix: one row per actor, target and polarity, with the qualifiers seen
    /// and how many sentences say so, most evidence first.
    public func stanceMatrix(_ filter: StanceFilter) throws(StoreError) -> QueryResult {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let actor = filter.actor {
            conditions.append(Self.actorCondition)
            _ = arguments.append(contentsOf: [actor, actor])
        }
        if let target = filter.target {
            conditions.append("(target LIKE '%' || ? || '%' ESCAPE '\\' OR target_key = ?)")
            _ = arguments.append(contentsOf: [Self.likeEscaped(target), target])
        }
        var sql = """
            SELECT actor, actor_country, polarity, group_concat(DISTINCT qualifier) AS qualifier,
                   target_key, (SELECT target FROM stances t WHERE t.target_key IS s.target_key ORDER BY length(t.target) DESC LIMIT 1) AS target,
                   count(*) AS evidence
            FROM stances s
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            GROUP BY actor, target_key, polarity
            ORDER BY evidence DESC, actor, target_key, polarity
            """
        if let limit = filter.limit {
            sql += " LIMIT ?"
            _ = arguments.append(contentsOf: [limit])
        }
        return try wrapQuery {
            try queue.read { db in try QueryResult.fetch(try db.makeStatement(sql: sql), arguments: arguments) }
        }
    }

    /// An actor by name (any case) or by ISO code, including a group's member codes.
    static let actorCondition = "(actor = ? COLLATE NOCASE OR instr(',' || actor_country || ',', ',' || upper(?) || ',') > 0)"

    /// `%` and `_` in a user's words are literal in LIKE.
    static func likeEscaped(_ text: String) -> String {
        var out = ""
        for c in text {
            if c == "%" || c == "_" || c == "\\" { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
