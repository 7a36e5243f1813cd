import GRDB
import GRDBSQLite

/// Every figure `xref` may compare, read in one pass over `figure_details` (the rows of
/// `figure_intervals`, narrowed), with texts turned into ids and the groups they form. The
/// figures are in id order (the scan's own order), a figure with several sources once for each.
struct ComparableFigures {
    var figures: [ComparableFigure] = []
    var groups: [FigureGroup] = []
    var periods = PeriodOrder(texts: [Array(PeriodOrder.earliestText.utf8), Array(PeriodOrder.latestText.utf8)])

    /// Reads the columns pairing needs straight from the statement: a `Row` or a `String` per
    /// cell costs more than SQLite's own work for a million figures.
    static func read(_ db: Database, narrowing: FigureNarrowing) throws -> ComparableFigures {
        let statement = try db.makeStatement(sql: """
            SELECT d.figure_id, d.article_id, d.claim_id, d.source, d.metric_key, d.unit, d.place, d.kind,
                   d.period_start, d.period_end, d.value, d.low, d.high, d.qualifier, substr(d.published, 1, 10), d.sentence
            FROM figure_details d
            WHERE d.source IS NOT NULL AND d.metric_key IS NOT NULL\(narrowing.sql)
            ORDER BY d.figure_id
            """)
        let cursor = try Row.fetchCursor(statement, arguments: narrowing.arguments)
        let handle = statement.sqliteStatement
        var result = ComparableFigures()
        var groupKeys = ByteInterner()
        var periods = ByteInterner()
        _ = periods.intern(PeriodOrder.earliestText)
        _ = periods.intern(PeriodOrder.latestText)
        var days = ByteInterner()
        while try cursor.next() != nil {
            // `b.unit = a.unit`, `b.kind = a.kind` and `b.sentence <> a.sentence` are never true of NULL
            let article = sqlite3_column_int64(handle, 1)
            guard article != 0 || sqlite3_column_type(handle, 1) != SQLITE_NULL,
                  let source = bytes(handle, 3), let metric = bytes(handle, 4), let unit = bytes(handle, 5),
                  let kind = bytes(handle, 7), let sentence = bytes(handle, 15) else { continue }
            let place = bytes(handle, 6)
            let length = 25 + source.count + metric.count + unit.count + (place?.count ?? 0) + kind.count
            let group = withUnsafeTemporaryAllocation(byteCount: length, alignment: 8) { key in
                var offset = 0
                write(source, into: key, at: &offset)
                write(metric, into: key, at: &offset)
                write(unit, into: key, at: &offset)
                write(place, into: key, at: &offset)
                write(kind, into: key, at: &offset)
                return groupKeys.intern(UnsafeRawBufferPointer(key))
            }
            if Int(group) == result.groups.count {
                result.groups.append(FigureGroup(
                    source: text(handle, 3) ?? "", metricKey: text(handle, 4) ?? "", unit: text(handle, 5) ?? "",
                    place: text(handle, 6), sourceBytes: Array(source), metricBytes: Array(metric)))
            }
            result.figures.append(ComparableFigure(
                figureID: sqlite3_column_int64(handle, 0),
                articleID: article,
                claimID: sqlite3_column_int64(handle, 2),
                sentenceHash: ByteHash.hash(sentence),
                group: group,
                periodStart: bytes(handle, 8).map { periods.intern($0) } ?? -1,
                periodEnd: bytes(handle, 9).map { periods.intern($0) } ?? -1,
                day: bytes(handle, 14).map { days.intern($0) } ?? -1,
                value: real(handle, 10), low: real(handle, 11), high: real(handle, 12),
                qualifier: qualifier(bytes(handle, 13))))
        }
        result.periods = PeriodOrder(texts: (0 ..< Int32(periods.count)).map { periods.bytes(of: $0) })
        result.rankGroups()
        return result
    }

    /// Numbers the groups by (source, metric key) in byte order; equal pairs share a rank.
    private mutating func rankGroups() {
        let order = groups.indices.sorted { left, right in
            let a = groups[left], b = groups[right]
            if a.sourceBytes != b.sourceBytes { return a.sourceBytes.lexicographicallyPrecedes(b.sourceBytes) }
            return a.metricBytes.lexicographicallyPrecedes(b.metricBytes)
        }
        var rank: Int32 = -1
        for (position, index) in order.enumerated() {
            if position == 0 || groups[order[position - 1]].sourceBytes != groups[index].sourceBytes
                || groups[order[position - 1]].metricBytes != groups[index].metricBytes {
                rank += 1
            }
            groups[index].rank = rank
        }
    }

    /// A field of the group key: a NULL marker and four zeros, or a presence marker, the length
    /// and the bytes. Every byte is written: the key is compared whole.
    static func write(_ field: UnsafeRawBufferPointer?, into key: UnsafeMutableRawBufferPointer, at offset: inout Int) {
        guard let field else {
            key.storeBytes(of: 0, toByteOffset: offset, as: UInt8.self)
            key.storeBytes(of: 0, toByteOffset: offset + 1, as: UInt32.self)
            offset += 5
            return
        }
        key.storeBytes(of: 1, toByteOffset: offset, as: UInt8.self)
        key.storeBytes(of: UInt32(truncatingIfNeeded: field.count).littleEndian, toByteOffset: offset + 1, as: UInt32.self)
        if let base = field.baseAddress, let target = key.baseAddress {
            (target + offset + 5).copyMemory(from: base, byteCount: field.count)
        }
        offset += 5 + field.count
    }

    /// A TEXT cell's bytes, valid until the next step; nil for NULL. Read as a blob, the bytes
    /// as stored (`sqlite3_column_text` may copy them to add a terminating zero), and asking
    /// for the type only when there are none: each call costs as much as the bytes.
    private static func bytes(_ handle: SQLiteStatement, _ column: Int32) -> UnsafeRawBufferPointer? {
        let start = sqlite3_column_blob(handle, column)
        let count = Int(sqlite3_column_bytes(handle, column))
        if count == 0 && sqlite3_column_type(handle, column) == SQLITE_NULL { return nil }
        return UnsafeRawBufferPointer(start: start, count: count)
    }

    /// A TEXT cell as GRDB reads it, so that printed texts are the ones the SQL gave.
    private static func text(_ handle: SQLiteStatement, _ column: Int32) -> String? {
        guard let text = sqlite3_column_text(handle, column) else { return nil }
        return String(cString: text)
    }

    /// NULL reads as 0, so only a 0 needs its type asked.
    private static func real(_ handle: SQLiteStatement, _ column: Int32) -> Double {
        let value = sqlite3_column_double(handle, column)
        return value == 0 && sqlite3_column_type(handle, column) == SQLITE_NULL ? .nan : value
    }

    private static let approximately = Array("approximately".utf8)
    private static let moreThan = Array("more_than".utf8)
    private static let lessThan = Array("less_than".utf8)

    private static func qualifier(_ bytes: UnsafeRawBufferPointer?) -> ComparableFigure.Qualifier {
        guard let bytes else { return .missing }
        if bytes.elementsEqual(approximately) { return .approximately }
        if bytes.elementsEqual(moreThan) { return .moreThan }
        if bytes.elementsEqual(lessThan) { return .lessThan }
        return .other
    }
}
