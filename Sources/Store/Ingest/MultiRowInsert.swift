import GRDB

/// Rows for one table, gathered while articles are written and inserted a chunk at a time,
/// each chunk by one multi-row `INSERT`.
///
/// Why: a `CHECK (column IN (...))` of more than two values makes SQLite fill a temporary
/// b-tree with those values for each row it checks, and `figures.qualifier` and
/// `stances.polarity` have such checks. One statement opens that b-tree once and empties it
/// for each further row; row by row, it was opened (its pages zeroed) and closed for every
/// figure, 6% of an ingest's instructions. A statement of many rows pays instead for a
/// statement journal (a foreign key or a check may abort it halfway), which copies each page
/// it is about to change: hence chunks of many rows, from a whole batch of articles
/// (``PendingRows``). The rows go in in the order they were added, so they get the same ids
/// as one by one.
struct MultiRowInsert {
    /// The statements for 64, 32, ... 1 rows, the most rows first: made once per table (a
    /// `static let` of the caller) and prepared once per connection (GRDB caches them).
    /// Every count of rows is a sum of them, and a handful of statements are prepared
    /// instead of one for each count.
    private let statements: [(rows: Int, sql: String)]
    private let columns: Int
    private var values: [BoundInsert.Value] = []

    /// `head` is "INSERT INTO table(column, ...)", without VALUES.
    init(_ head: String, columns: Int) {
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        statements = sequence(first: 64) { $0 > 1 ? $0 / 2 : nil }.map { rows in
            (rows, head + " VALUES " + Array(repeating: row, count: rows).joined(separator: ", "))
        }
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
        var left = values.count / columns
        for (rows, sql) in statements {
            while left >= rows {
                let end = start + rows * columns
                try BoundInsert(sql, in: db).run(values[start..<end])
                start = end
                left -= rows
            }
        }
        values.removeAll(keepingCapacity: true)
    }
}
