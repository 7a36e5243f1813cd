import Foundation
import GRDB
import GRDBSQLite

extension ClaimsDatabase {
    /// Runs one statement of the user's SQL and returns its rows. It cannot write: the
    /// connection is read-only, `PRAGMA query_only` is on, no database can be attached,
    /// pragmas may only be read, and statements SQLite does not judge read-only are refused
    /// before they run. Like every connection claimsdb opens, it has fts3_tokenizer()'s
    /// pointers turned off, so a query can neither read a library address nor install one.
    public func runReadOnly(_ sql: String) throws(StoreError) -> QueryResult {
        try .collecting { columns, eachRow throws(StoreError) in try runReadOnly(sql, columns: columns, eachRow: eachRow) }
    }

    /// The rows of ``runReadOnly(_:)`` handed over as they are read, after their column names,
    /// so that output which need not see them all first never holds them: a query can yield
    /// ten million rows. The read transaction stays open until the last row.
    public func runReadOnly(_ sql: String, columns: ([String]) throws -> Void,
                            eachRow: ([QueryResult.Value]) throws -> Void) throws(StoreError) {
        if Self.setsPragma(sql) { throw .writeRefused("pragmas may be read, not set") }
        do {
            try wrapQuery {
                try queue.read { db in
                    try db.execute(sql: "PRAGMA query_only = 1")
                    sqlite3_limit(db.sqliteConnection, SQLITE_LIMIT_ATTACHED, 0)
                    let statement = try db.makeStatement(sql: sql)
                    guard statement.isReadonly else { throw StoreError.writeRefused("only statements that read are allowed") }
                    try columns(statement.columnNames)
                    try QueryResult.forEach(statement, eachRow)
                }
            }
        } catch .invalidQuery(let message) where message.hasPrefix("too many attached databases") {
            throw .writeRefused("no database can be attached")
        } catch .database(_, let message) where message.hasPrefix("Multiple statements found") {
            throw .invalidQuery("one statement at a time; this one has more after the first")
        } catch {
            throw error
        }
    }

    /// `PRAGMA name = value` or `PRAGMA name(value)` for a pragma that is not a read-only
    /// look-up such as `table_info(claims)`.
    static func setsPragma(_ sql: String) -> Bool {
        let words = sql.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == ";" })
        guard words.first == "pragma" else { return false }
        let rest = words.dropFirst().joined(separator: " ")
        if rest.contains("=") { return true }
        guard let paren = rest.firstIndex(of: "(") else { return false }
        let name = rest[..<paren].split(separator: ".").last.map(String.init) ?? ""
        return !readablePragmas.contains(name.trimmingCharacters(in: .whitespaces))
    }

    private static let readablePragmas: Set<String> = [
        "table_info", "table_xinfo", "index_list", "index_info", "index_xinfo", "foreign_key_list",
        "foreign_key_check", "integrity_check", "quick_check", "table_list",
    ]
}
