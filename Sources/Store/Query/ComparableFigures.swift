import GRDB
import GRDBSQLite

/// Every figure `xref` may compare, read in one pass over `figure_details` (the rows of
/// `figure_intervals`, narrowed), with texts turned into ids and the groups they form, and the
/// view's `precision` and `published_day` worked out once per distinct value and day
/// (``ViewExpressions``). The figures are in id order (the scan's own order), a figure with
/// several sources once for each.
struct ComparableFigures {
    var figures: [ComparableFigure] = []
    var groups: [FigureGroup] = []
    /// Source keys by id, as GRDB reads them.
    var sources: [String] = []
    /// By source id: its position among the sources in byte order.
    var sourceRanks: [Int32] = []
    var periods = PeriodOrder(texts: [])

    /// Reads the columns pairing needs straight from the statement: a `Row` or a `String` per
    /// cell costs more than SQLite's own work for a million figures. With `acrossSources`,
    /// figures of every source share a group. Discovered sources' figures are left out until
    /// adopted, as `figure_intervals` leaves them out (Migrations/0017_curated_comparisons.sql).
    static func read(_ db: Database, narrowing: FigureNarrowing, acrossSources: Bool) throws -> ComparableFigures {
        let statement = try db.makeStatement(sql: """
            SELECT d.figure_id, d.article_id, d.claim_id, d.source, d.metric_key, d.unit, d.place, d.kind,
                   d.period_start, d.period_end, d.value, d.low, d.high, d.qualifier, substr(d.published, 1, 10), d.sentence,
                   h.holder, h.specifier
            FROM figure_details d JOIN figures h ON h.id = d.figure_id
            WHERE d.source IS NOT NULL AND d.metric_key IS NOT NULL
              AND d.source NOT IN (SELECT key FROM sources WHERE origin = 'discovered')\(narrowing.sql)
            ORDER BY d.figure_id
            """)
        let cursor = try Row.fetchCursor(statement, arguments: narrowing.arguments)
        let handle = statement.sqliteStatement
        var result = ComparableFigures()
        var groupKeys = ByteInterner()
        var sourceKeys = ByteInterner()
        var periods = ByteInterner()
        var days = ByteInterner()
        var holders = ByteInterner()
        var specifiers = ByteInterner()
        var precisions = Precisions()
        while try cursor.next() != nil {
            // `b.unit = a.unit`, `b.kind = a.kind` and `b.sentence <> a.sentence` are never true of NULL
            let article = sqlite3_column_int64(handle, 1)
            guard article != 0 || sqlite3_column_type(handle, 1) != SQLITE_NULL,
                  let source = bytes(handle, 3), let metric = bytes(handle, 4), let unit = bytes(handle, 5),
                  let kind = bytes(handle, 7), let sentence = bytes(handle, 15) else { continue }
            let place = bytes(handle, 6)
            let groupSource = acrossSources ? nil : source
            let length = 25 + (groupSource?.count ?? 0) + metric.count + unit.count + (place?.count ?? 0) + kind.count
            let group = withUnsafeTemporaryAllocation(byteCount: length, alignment: 8) { key in
                var offset = 0
                write(groupSource, into: key, at: &offset)
                write(metric, into: key, at: &offset)
                write(unit, into: key, at: &offset)
                write(place, into: key, at: &offset)
                write(kind, into: key, at: &offset)
                return groupKeys.intern(UnsafeRawBufferPointer(key))
            }
            // a group of one source knows its source, so that only pairs across sources read it per figure
            var sourceID = Int(group) < result.groups.count ? result.groups[Int(group)].source : -1
            if sourceID < 0 {
                sourceID = sourceKeys.intern(source)
                if Int(sourceID) == result.sources.count { result.sources.append(text(handle, 3) ?? "") }
            }
            if Int(group) == result.groups.count {
                result.groups.append(FigureGroup(
                    source: acrossSources ? -1 : sourceID, metricKey: text(handle, 4) ?? "", unit: text(handle, 5) ?? "",
                    place: text(handle, 6), metricBytes: Array(metric)))
            }
            let qualifier = qualifier(bytes(handle, 13))
            let value = real(handle, 10)
            result.figures.append(ComparableFigure(
                figureID: sqlite3_column_int64(handle, 0),
                articleID: article,
                claimID: sqlite3_column_int64(handle, 2),
                sentenceHash: ByteHash.hash(sentence),
                templateHash: ByteHash.hashWithoutNumbers(sentence),
                group: group,
                source: sourceID,
                periodStart: bytes(handle, 8).map { periods.intern($0) } ?? -1,
                periodEnd: bytes(handle, 9).map { periods.intern($0) } ?? -1,
                // the id of the day's text for now
                day: bytes(handle, 14).map { days.intern($0) } ?? -1,
                holder: bytes(handle, 16).map { holders.intern($0) } ?? -1,
                specifier: bytes(handle, 17).map { specifiers.intern($0) } ?? -1,
                value: value, low: real(handle, 11), high: real(handle, 12),
                precision: qualifier == .approximately ? try precisions.of(value, db) : .nan,
                qualifier: qualifier))
        }
        let dayNumbers = try (0 ..< Int32(days.count)).map { id in try publishedDay(days.bytes(of: id), db) }
        for index in result.figures.indices where result.figures[index].day >= 0 {
            result.figures[index].day = dayNumbers[Int(result.figures[index].day)]
        }
        let grains = (0 ..< Int32(specifiers.count)).map { TimeGrain.of(specifiers.bytes(of: $0)) }
        for index in result.figures.indices where result.figures[index].specifier >= 0 {
            result.figures[index].grain = grains[Int(result.figures[index].specifier)]
        }
        result.periods = PeriodOrder(texts: (0 ..< Int32(periods.count)).map { periods.bytes(of: $0) })
        result.sourceRanks = ranks((0 ..< Int32(sourceKeys.count)).map { sourceKeys.bytes(of: $0) })
        result.rankGroups()
        return result
    }

    /// `published_day` of the first ten characters of a published date, rounded down (julianday()
    /// of a day is always a whole number and a half, from 1.7 to 5.4 million for the years 0000
    /// to 9999); -1 for NULL.
    private static func publishedDay(_ text: [UInt8], _ db: Database) throws -> Int32 {
        // the expression matches ASCII digits and hyphens only, which decoding leaves as they are
        let statement = try db.cachedStatement(sql: "SELECT \(ViewExpressions.publishedDay)")
        let day = try Double.fetchOne(statement, arguments: [String(decoding: text, as: UTF8.self)])
        guard let day, day >= 0, day < Double(Int32.max) else { return -1 }
        return Int32(day.rounded(.down))
    }

    /// `precision` of approximate values, asked of SQLite once for each.
    private struct Precisions {
        private var known: [UInt64: Double] = [:]

        mutating func of(_ value: Double, _ db: Database) throws -> Double {
            if let precision = known[value.bitPattern] { return precision }
            // NULL (NaN) has none; SQLite stores no NaN
            let precision = value.isNaN ? .nan
                : try Double.fetchOne(try db.cachedStatement(sql: "SELECT \(ViewExpressions.precision)"), arguments: [value]) ?? .nan
            known[value.bitPattern] = precision
            return precision
        }
    }

    /// By id: the position of each byte string in byte order (the strings are distinct).
    private static func ranks(_ texts: [[UInt8]]) -> [Int32] {
        var ranks = [Int32](repeating: 0, count: texts.count)
        for (position, id) in texts.indices.sorted(by: { texts[$0].lexicographicallyPrecedes(texts[$1]) }).enumerated() {
            ranks[id] = Int32(position)
        }
        return ranks
    }

    /// Numbers the groups by (source, metric key) in byte order, or by metric key where groups
    /// hold every source; equal ones share a rank.
    private mutating func rankGroups() {
        let sourceRanks = self.sourceRanks
        func source(_ group: FigureGroup) -> Int32 { group.source < 0 ? -1 : sourceRanks[Int(group.source)] }
        let order = groups.indices.sorted { left, right in
            let a = groups[left], b = groups[right]
            if source(a) != source(b) { return source(a) < source(b) }
            return a.metricBytes.lexicographicallyPrecedes(b.metricBytes)
        }
        var rank: Int32 = -1
        for (position, index) in order.enumerated() {
            let previous = position == 0 ? nil : groups[order[position - 1]]
            if previous.map({ source($0) != source(groups[index]) || $0.metricBytes != groups[index].metricBytes }) ?? true {
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
