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
            rows.append((0..<columns.count).map { index in Value(row[index] as DatabaseValue) })
        }
        return QueryResult(columns: columns, rows: rows)
    }
}

extension QueryResult.Value {
    /// A cell as the CLI prints it; a BLOB is shown by its size.
    init(_ value: DatabaseValue) {
        switch value.storage {
        case .int64(let integer): self = .integer(integer)
        case .double(let double): self = .real(double)
        case .string(let string): self = .text(string)
        case .blob(let blob): self = .text("<\(blob.count) bytes>")
        case .null: self = .null
        }
    }
}
