@testable import ClaimsStore
import Foundation
import GRDB
import Testing

/// `xref` rounds gaps in Swift where that is sure to give SQLite's `round(gap, 4)`, and asks
/// SQLite where it is not; either way the double must be SQLite's, bit for bit.
@Suite struct GapRoundingTests {
    private func expectSQLiteRounding(_ gaps: [Double]) throws {
        let queue = try DatabaseQueue()
        try queue.read { db in
            var rounding = try GapRounding(db)
            for gap in gaps {
                let expected = try Double.fetchOne(db, sql: "SELECT round(?, 4)", arguments: [gap]) ?? .nan
                let rounded = try rounding.round(gap)
                #expect(rounded.bitPattern == expected.bitPattern || (rounded.isNaN && expected.isNaN), "round(\(gap), 4)")
            }
        }
    }

    @Test func gapsOfEverySizeRoundAsSQLiteRoundsThem() throws {
        var random = SeededGenerator(seed: 44)
        var gaps: [Double] = []
        for _ in 0 ..< 20_000 {
            let magnitude = Double.random(in: -12 ... 7, using: &random)
            gaps.append(Double.random(in: 0 ..< 1, using: &random) * pow(10, magnitude))
        }
        // quotients of short decimals, as gaps between figures are
        for _ in 0 ..< 20_000 {
            let apart = Double(Int.random(in: 1 ... 2_000, using: &random)) / 100
            gaps.append(apart / (Double(Int.random(in: 1 ... 5_000, using: &random)) / 100))
        }
        try expectSQLiteRounding(gaps)
    }

    @Test func halvesAndTheirNeighboursRoundAsSQLiteRoundsThem() throws {
        var gaps: [Double] = []
        for numerator in 0 ..< 2_000 {
            // 0.03125 = 1/32 is a half at the fifth decimal, exactly
            for half in [Double(numerator) / 32, Double(2 * numerator + 1) / 20_000, Double(numerator) + 0.00005] {
                gaps += [half, half.nextUp, half.nextDown, half.nextUp.nextUp, half.nextDown.nextDown]
            }
        }
        try expectSQLiteRounding(gaps)
    }

    @Test func zeroTinyHugeAndInfiniteGapsRoundAsSQLiteRoundsThem() throws {
        try expectSQLiteRounding([0, -0.0, 1e-9, 5e-5, 4.9999e-5, 99_999.99995, 100_000, 1e15, 4_503_599_627_370_497,
                                  1e300, .greatestFiniteMagnitude, .infinity, -1, -0.00005, .nan])
    }
}
