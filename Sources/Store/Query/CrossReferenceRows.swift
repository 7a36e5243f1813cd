import GRDB
import GRDBSQLite

/// The rows `xref` prints for the pairs it shows. Pairing reads no texts, so each shown
/// figure's texts are read now, by id for a few figures, in one pass in id order for many, and
/// its side of a row is made once, however many pairs it is in.
struct CrossReferenceRows {
    /// Pairs of one source: the source once, with the group.
    static let columns = [
        "relation", "gap", "source", "metric_key", "unit", "place",
        "figure_a", "value_a", "low_a", "high_a", "qualifier_a", "sentence_a", "title_a", "url_a", "published_a",
        "figure_b", "value_b", "low_b", "high_b", "qualifier_b", "sentence_b", "title_b", "url_b", "published_b",
        "figure_id_a", "figure_id_b",
    ]

    /// Pairs of two sources: each side's source first.
    static let columnsAcrossSources = [
        "relation", "gap", "metric_key", "unit", "place",
        "source_a", "figure_a", "value_a", "low_a", "high_a", "qualifier_a", "sentence_a", "title_a", "url_a", "published_a",
        "source_b", "figure_b", "value_b", "low_b", "high_b", "qualifier_b", "sentence_b", "title_b", "url_b", "published_b",
        "figure_id_a", "figure_id_b",
    ]

    /// A figure's texts as `xref` prints them, in this order.
    private static let textColumns = "d.figure, d.qualifier, d.sentence, d.article_title, d.url, d.published"
    /// source, figure, value, low, high, qualifier, sentence, title, url, published.
    private static let sideCount = 10

    private let comparable: ComparableFigures
    private let tolerance: Double
    private let acrossSources: Bool
    /// By group: source (unless across sources), metric key, unit and place.
    private let groupColumns: [QueryResult.Value]
    /// By figure index: where its side starts in `sides`. At 0 is a side of NULLs, for figures
    /// not shown (or, were one deleted meanwhile, not found).
    private var sideStart: [Int32]
    private var sides = [QueryResult.Value](repeating: .null, count: CrossReferenceRows.sideCount)

    /// Reads the texts of every figure in `pairs`.
    init(_ pairs: [FigurePair], of comparable: ComparableFigures, tolerance: Double, acrossSources: Bool,
         narrowing: FigureNarrowing, in db: Database) throws {
        self.comparable = comparable
        self.tolerance = tolerance
        self.acrossSources = acrossSources
        groupColumns = comparable.groups.flatMap { group -> [QueryResult.Value] in
            let shared: [QueryResult.Value] = [.text(group.metricKey), .text(group.unit), group.place.map { .text($0) } ?? .null]
            return acrossSources ? shared : [.text(comparable.sources[Int(group.source)])] + shared
        }
        sideStart = Array(repeating: 0, count: comparable.figures.count)
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

    /// The rows of `pairs`, in their order: pair columns, then each side's, then the two
    /// figure ids. Each row is filled in place: appending values one by one, or slices of
    /// `sides`, took twice as long for the 2.7 million rows of a million claims.
    func forEachRow(_ pairs: [FigurePair], in db: Database, _ body: ([QueryResult.Value]) throws -> Void) throws {
        var rounding = try GapRounding(db)
        let width = acrossSources ? Self.columnsAcrossSources.count : Self.columns.count
        // across sources each side starts with its source; else the group's columns hold it
        let groupCount = acrossSources ? 3 : 4, skipped = acrossSources ? 0 : 1
        let sideCount = Self.sideCount - skipped, first = 2 + groupCount
        let (apart, meeting): (QueryResult.Value, QueryResult.Value) = acrossSources
            ? (.text("differ"), .text("agree")) : (.text("conflict"), .text("corroboration"))
        func relation(_ pair: FigurePair) -> QueryResult.Value {
            pair.meets ? meeting : pair.isRevision ? .text("revision") : apart
        }
        try sides.withUnsafeBufferPointer { sides in
            for pair in pairs {
                let a = comparable.figures[Int(pair.a)], b = comparable.figures[Int(pair.b)]
                let relation = relation(pair)
                let group = groupCount * Int(a.group)
                let sideA = Int(sideStart[Int(pair.a)]) + skipped, sideB = Int(sideStart[Int(pair.b)]) + skipped
                let gap = try rounding.round(pair.gap)
                try body([QueryResult.Value](unsafeUninitializedCapacity: width) { row, count in
                    row.initializeElement(at: 0, to: relation)
                    row.initializeElement(at: 1, to: Self.real(gap))
                    for column in 0 ..< groupCount { row.initializeElement(at: 2 + column, to: groupColumns[group + column]) }
                    for column in 0 ..< sideCount {
                        row.initializeElement(at: first + column, to: sides[sideA + column])
                        row.initializeElement(at: first + sideCount + column, to: sides[sideB + column])
                    }
                    row.initializeElement(at: width - 2, to: .integer(a.figureID))
                    row.initializeElement(at: width - 1, to: .integer(b.figureID))
                    count = width
                })
            }
        }
    }

    /// Every row of `pairs`, held together.
    func result(_ pairs: [FigurePair], in db: Database) throws -> QueryResult {
        var rows: [[QueryResult.Value]] = []
        rows.reserveCapacity(pairs.count)
        try forEachRow(pairs, in: db) { rows.append($0) }
        return QueryResult(columns: acrossSources ? Self.columnsAcrossSources : Self.columns, rows: rows)
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
            if sideStart[index ..< end].allSatisfy({ $0 == 0 }) { store(statement, first: 1, for: index ..< end, wanted) }
            index = end
        }
    }

    /// Makes the sides of the wanted figures of `indexes` (one figure, once for each of its
    /// sources) from the current row's texts.
    private mutating func store(_ statement: Statement, first: Int32, for indexes: Range<Int>, _ wanted: [Bool]) {
        guard let index = indexes.first(where: { wanted[$0] }) else { return }
        func text(_ column: Int32) -> QueryResult.Value {
            QueryResult.Value(DatabaseValue(sqliteStatement: statement.sqliteStatement, index: first + column))
        }
        let interval = ComparedInterval(comparable.figures[index], tolerance: tolerance)
        let side = [text(0), Self.real(interval.value), Self.real(interval.low), Self.real(interval.high)] + (1 ..< 6).map(text)
        for index in indexes where wanted[index] {
            sideStart[index] = Int32(sides.count)
            sides.append(.text(comparable.sources[Int(comparable.figures[index].source)]))
            sides += side
        }
    }
}
