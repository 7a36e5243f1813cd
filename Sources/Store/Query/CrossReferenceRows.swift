import GRDB
import GRDBSQLite

/// The rows `xref` prints for the pairs it shows. Pairing reads no texts, so each shown
/// figure's texts are read now: by id for a few figures, in one pass in id order for many.
struct CrossReferenceRows {
    static let columns = [
        "relation", "gap", "source", "metric_key", "unit", "place",
        "figure_a", "value_a", "low_a", "high_a", "qualifier_a", "sentence_a", "title_a", "url_a", "published_a",
        "figure_b", "value_b", "low_b", "high_b", "qualifier_b", "sentence_b", "title_b", "url_b", "published_b",
        "figure_id_a", "figure_id_b",
    ]

    /// A figure's texts as `xref` prints them, in this order.
    private static let textColumns = "d.figure, d.qualifier, d.sentence, d.article_title, d.url, d.published"
    private static let textCount = 6

    private let comparable: ComparableFigures
    private let tolerance: Double
    /// By figure index: where its texts start in `texts`, or -1.
    private var textStart: [Int32]
    private var texts: [QueryResult.Value] = []

    /// Reads the texts of every figure in `pairs`.
    init(_ pairs: [FigurePair], of comparable: ComparableFigures, tolerance: Double, narrowing: FigureNarrowing,
         in db: Database) throws {
        self.comparable = comparable
        self.tolerance = tolerance
        textStart = Array(repeating: -1, count: comparable.figures.count)
        var wanted = Array(repeating: false, count: comparable.figures.count)
        var count = 0
        for pair in pairs {
            if !wanted[Int(pair.a)] { count += 1 }
            if !wanted[Int(pair.b)] { count += 1 }
            wanted[Int(pair.a)] = true
            wanted[Int(pair.b)] = true
        }
        // a look-up by id costs about as much as ten rows of a second pass over the figures, and
        // a few thousand take milliseconds, where a second pass costs what the first did
        if count <= 5_000 || count * 10 < comparable.figures.count {
            try readByID(wanted, in: db)
        } else {
            try readAll(wanted, narrowing: narrowing, in: db)
        }
    }

    /// The result: pair columns, then each side's, then the two figure ids.
    func result(_ pairs: [FigurePair], in db: Database) throws -> QueryResult {
        var rounding = try GapRounding(db)
        var rows: [[QueryResult.Value]] = []
        rows.reserveCapacity(pairs.count)
        for pair in pairs {
            let a = comparable.figures[Int(pair.a)], b = comparable.figures[Int(pair.b)]
            let group = comparable.groups[Int(a.group)]
            let gap = try rounding.round(pair.gap)
            var row: [QueryResult.Value] = []
            row.reserveCapacity(Self.columns.count)
            row.append(.text(pair.meets ? "corroboration" : "conflict"))
            row.append(Self.real(gap))
            row.append(.text(group.source))
            row.append(.text(group.metricKey))
            row.append(.text(group.unit))
            row.append(group.place.map { .text($0) } ?? .null)
            appendSide(Int(pair.a), to: &row)
            appendSide(Int(pair.b), to: &row)
            row.append(.integer(a.figureID))
            row.append(.integer(b.figureID))
            rows.append(row)
        }
        return QueryResult(columns: Self.columns, rows: rows)
    }

    /// figure, value, low, high, qualifier, sentence, title, url, published.
    private func appendSide(_ index: Int, to row: inout [QueryResult.Value]) {
        let interval = ComparedInterval(comparable.figures[index], tolerance: tolerance)
        let start = Int(textStart[index])
        func text(_ offset: Int) -> QueryResult.Value { start < 0 ? .null : texts[start + offset] }
        row.append(text(0))
        row.append(Self.real(interval.value))
        row.append(Self.real(interval.low))
        row.append(Self.real(interval.high))
        for offset in 1 ..< Self.textCount { row.append(text(offset)) }
    }

    private static func real(_ value: Double) -> QueryResult.Value {
        value.isNaN ? .null : .real(value)
    }

    private mutating func readByID(_ wanted: [Bool], in db: Database) throws {
        let statement = try db.makeStatement(sql: "SELECT \(Self.textColumns) FROM figure_details d WHERE d.figure_id = ? LIMIT 1")
        var index = 0
        while index < wanted.count {
            // the figures are in id order, a figure with several sources once for each
            let figureID = comparable.figures[index].figureID
            var end = index + 1
            while end < wanted.count && comparable.figures[end].figureID == figureID { end += 1 }
            if wanted[index ..< end].contains(true) {
                let rows = try Row.fetchCursor(statement, arguments: [figureID])
                if try rows.next() != nil { store(statement, first: 0, for: index ..< end, wanted) }
            }
            index = end
        }
    }

    private mutating func readAll(_ wanted: [Bool], narrowing: FigureNarrowing, in db: Database) throws {
        let statement = try db.makeStatement(sql: """
            SELECT d.figure_id, \(Self.textColumns) FROM figure_details d
            WHERE d.source IS NOT NULL AND d.metric_key IS NOT NULL\(narrowing.sql)
            ORDER BY d.figure_id
            """)
        let rows = try Row.fetchCursor(statement, arguments: narrowing.arguments)
        var index = 0
        while try rows.next() != nil, index < wanted.count {
            let figureID = sqlite3_column_int64(statement.sqliteStatement, 0)
            while index < wanted.count && comparable.figures[index].figureID < figureID { index += 1 }
            var end = index
            while end < wanted.count && comparable.figures[end].figureID == figureID { end += 1 }
            if textStart[index ..< end].allSatisfy({ $0 < 0 }) { store(statement, first: 1, for: index ..< end, wanted) }
            index = end
        }
    }

    /// Keeps the current row's texts for the wanted figures of `indexes`.
    private mutating func store(_ statement: Statement, first: Int32, for indexes: Range<Int>, _ wanted: [Bool]) {
        guard wanted[indexes].contains(true) else { return }
        let start = Int32(texts.count)
        for column in first ..< first + Int32(Self.textCount) {
            texts.append(QueryResult.Value(DatabaseValue(sqliteStatement: statement.sqliteStatement, index: column)))
        }
        for index in indexes where wanted[index] { textStart[index] = start }
    }
}
