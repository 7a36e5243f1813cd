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
        var rows: [[Value]] = []
        try forEach(statement, arguments: arguments) { rows.append($0) }
        return QueryResult(columns: statement.columnNames, rows: rows)
    }

    /// Every row of a query that hands them over one at a time (`produce` gets the closures
    /// that take the column names and each row), held together.
    static func collecting(
        _ produce: (_ columns: ([String]) -> Void, _ eachRow: ([Value]) -> Void) throws(StoreError) -> Void
    ) throws(StoreError) -> QueryResult {
        var columns: [String] = []
        var rows: [[Value]] = []
        try produce({ columns = $0 }, { rows.append($0) })
        return QueryResult(columns: columns, rows: rows)
    }

    /// Runs a statement and hands over each row as it is read, holding none.
    static func forEach(_ statement: Statement, arguments: StatementArguments = StatementArguments(),
                        _ body: ([Value]) throws -> Void) throws {
        let count = statement.columnCount
        let cursor = try Row.fetchCursor(statement, arguments: arguments)
        while let row = try cursor.next() {
            try body((0..<count).map { index in Value(row[index] as DatabaseValue) })
        }
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
