import GRDB

/// `round(gap, 4)` as SQLite computes it, for the gaps `xref` prints. SQLite rounds half away
/// from zero on the decimal digits of the double and reads the result back as a double, which
/// is the nearest double to the rounded decimal; that is done here unless the gap is within a
/// hair of a half (0.03125), large, or not a finite positive number, where SQLite's own
/// printing and reading decide, and SQLite is asked.
struct GapRounding {
    private let statement: Statement
    private var asked: [UInt64: Double] = [:]

    init(_ db: Database) throws {
        statement = try db.makeStatement(sql: "SELECT round(?, 4)")
    }

    /// NaN (NULL) stays NaN.
    mutating func round(_ gap: Double) throws -> Double {
        guard !gap.isNaN else { return gap }
        if gap.sign == .plus && gap < 100_000 {
            let scaled = gap * 10_000
            let whole = scaled.rounded(.down)
            let fraction = scaled - whole
            if abs(fraction - 0.5) > 1e-6 { return (fraction > 0.5 ? whole + 1 : whole) / 10_000 }
        }
        if let known = asked[gap.bitPattern] { return known }
        let rounded = try Double.fetchOne(statement, arguments: [gap]) ?? .nan
        asked[gap.bitPattern] = rounded
        return rounded
    }
}
