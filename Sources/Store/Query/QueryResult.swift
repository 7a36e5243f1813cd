import GRDB

/// Rows of a query, as plain values the CLI can format any way it likes.
public struct QueryResult: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case null
        case integer(Int64)
        case real(Double)
        case text(String)
    }

    public var columns: [String]
    public var rows: [[Value]]

    public init(columns: [String], rows: [[Value]]) {
        self.columns = columns
        self.rows = rows
    }

    /// Runs a statement and collects its rows.
    static func fetch(_ statement: Statement, arguments: StatementArguments = StatementArguments()) throws -> QueryResult {
        let columns = statement.columnNames
        var rows: [[Value]] = []
        let cursor = try Row.fetchCursor(statement, arguments: arguments)
        while let row = try cursor.next() {
            rows.append((0..<columns.count).map { index in
                switch row[index] as DatabaseValue {
                case let value where value.isNull: return .null
                case let value:
                    switch value.storage {
                    case .int64(let i): return .integer(i)
                    case .double(let d): return .real(d)
                    case .string(let s): return .text(s)
                    case .blob(let b): return .text("<\(b.count) bytes>")
                    case .null: return .null
                    }
                }
            })
        }
        return QueryResult(columns: columns, rows: rows)
    }
}
