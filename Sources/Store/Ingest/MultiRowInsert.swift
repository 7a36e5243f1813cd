import GRDB

/// Rows for one table, gathered while an article is written and inserted a chunk at a time,
/// each chunk by one multi-row `INSERT`.
///
/// Why: a `CHECK (column IN (...))` of more than two values makes SQLite build a temporary
/// b-tree of those values once per run of the statement, and `figures.qualifier` and
/// `stances.polarity` have such checks. Row by row, that b-tree was built (and its pages
/// zeroed) for every figure: 6% of an ingest's instructions. The rows go in in the order
/// they were added, so they get the same ids as one by one.
struct MultiRowInsert {
    /// The statement for n rows at `statements[n - 1]`, made once per table (a `static let`
    /// of the caller) and prepared once per connection (GRDB caches it).
    private let statements: [String]
    private let columns: Int
    private var values: [BoundInsert.Value] = []

    /// `head` is "INSERT INTO table(column, ...)", without VALUES; `rows` the most rows one
    /// statement takes.
    init(_ head: String, columns: Int, rows: Int = 16) {
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        statements = (1...rows).map { head + " VALUES " + Array(repeating: row, count: $0).joined(separator: ", ") }
        self.columns = columns
    }

    /// One row; the caller passes exactly `columns` values.
    mutating func append(_ row: BoundInsert.Value...) {
        assert(row.count == columns, "a row of \(row.count) values for \(columns) columns")
        values += row
    }

    /// Inserts the rows added since the last call, in order.
    mutating func run(in db: Database) throws {
        var start = 0
        while start < values.count {
            let rows = min(statements.count, (values.count - start) / columns)
            let end = start + rows * columns
            try BoundInsert(statements[rows - 1], in: db).run(values[start..<end])
            start = end
        }
        values.removeAll(keepingCapacity: true)
    }
}
