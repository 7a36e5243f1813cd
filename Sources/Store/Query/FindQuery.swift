import GRDB

/// The part of `find`'s SQL that filters and orders (FROM to LIMIT) and its bound values,
/// so that `find` and `export` select different columns of the same rows.
struct FindQuery {
    var tail: String
    var arguments: StatementArguments
    /// The expression of the search snippet column, for a full-text search.
    var snippet: String? = nil

    func fetch(in database: ClaimsDatabase, columns: String) throws(StoreError) -> QueryResult {
        let sql = "SELECT \(columns)\n\(tail)"
        return try database.wrapQuery {
            try database.queue.read { db in try QueryResult.fetch(try db.makeStatement(sql: sql), arguments: arguments) }
        }
    }
}
