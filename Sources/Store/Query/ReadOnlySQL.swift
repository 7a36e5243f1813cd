import GRDB

extension ClaimsDatabase {
    /// Runs one statement of the user's SQL and returns its rows. It cannot write: the
    /// connection is read-only, `PRAGMA query_only` is on, and statements SQLite does not
    /// judge read-only are refused before they run.
    public func runReadOnly(_ sql: String) throws(StoreError) -> QueryResult {
        try wrapQuery {
            try queue.read { db in
                try db.execute(sql: "PRAGMA query_only = 1")
                let statement = try db.makeStatement(sql: sql)
                guard statement.isReadonly else { throw StoreError.writeRefused("only statements that read are allowed") }
                return try QueryResult.fetch(statement)
            }
        }
    }
}
