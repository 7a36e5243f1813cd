import GRDB

/// The part of `find`'s SQL that filters and orders (FROM to LIMIT) and its bound values,
/// so that `find` and `export` select different columns of the same rows.
struct FindQuery {
    var tail: String
    var arguments: StatementArguments
    /// The expression of the search snippet column, for a full-text search.
    var snippet: String? = nil

    /// The statement that selects `columns` of find's rows.
    func statement(selecting columns: String, in db: Database) throws -> Statement {
        try db.makeStatement(sql: "SELECT \(columns)\n\(tail)")
    }
}
