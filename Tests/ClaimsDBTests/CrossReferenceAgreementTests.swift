@testable import ClaimsStore
import Foundation
import GRDB
import Testing

/// `crossReference` finds its pairs by a sweep in Swift; the views find them by a self-join in
/// SQL, which is what `xref` ran before. On databases crowded with edge cases (``EdgeCaseFigures``) both must give the same rows,
/// cell for cell and in the same order, whatever the tolerance, filters and limit.
@Suite struct CrossReferenceAgreementTests {
    /// Two databases, built once for the suite.
    static let shared = Result { try (1 ... 2).map { seed in try CrossReferenceAgreementTests.build(seed: UInt64(seed)) } }

    private static func build(seed: UInt64) throws -> String {
        let path = try TestPaths.scratch().appendingPathComponent("edge-cases.db").path
        try EdgeCaseFigures.build(at: path, seed: seed, articles: 260)
        return path
    }

    /// The documented views' rows, ordered as `xref` orders them (by the gap itself, not the
    /// rounded one printed), with `xref`'s column names.
    private static let views = """
        SELECT relation, round(gap, 4) AS gap, source, metric_key, unit, place,
               text_a AS figure_a, value_a, low_a, high_a, qualifier_a, sentence_a, title_a, url_a, published_a,
               text_b AS figure_b, value_b, low_b, high_b, qualifier_b, sentence_b, title_b, url_b, published_b,
               figure_a AS figure_id_a, figure_b AS figure_id_b
        FROM figure_relations r
        WHERE NOT (:conflicts AND r.meets)
          AND (:source IS NULL OR r.source = :source) AND (:metric IS NULL OR r.metric_key = :metric)
          AND (:place IS NULL OR r.place = upper(:place))
        ORDER BY r.meets, r.gap DESC, r.source, r.metric_key, r.figure_a, r.figure_b
        LIMIT :limit
        """

    /// The rows of the views, the self-join `xref` ran before the sweep. At a tolerance other
    /// than their 5%, the views are made again as temporary views of this connection, which
    /// hide the stored ones, with the tolerance in place of 0.05.
    private func oracle(_ path: String, _ filter: CrossReferenceFilter) throws -> QueryResult {
        let queue = try DatabaseQueue(path: path)
        return try queue.inDatabase { db in
            if filter.tolerance != 0.05 {
                try db.execute(sql: "CREATE TEMP TABLE tolerance(share REAL)")
                try db.execute(sql: "INSERT INTO tolerance VALUES (?)", arguments: [filter.tolerance])
                for view in ["figure_intervals", "figure_comparisons", "figure_relations"] {
                    let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_schema WHERE name = ?", arguments: [view]) ?? ""
                    let share = "abs(d.value) * 0.05"
                    #expect(view != "figure_intervals" || sql.components(separatedBy: share).count == 3)
                    try db.execute(sql: sql.replacingOccurrences(of: "CREATE VIEW", with: "CREATE TEMP VIEW")
                        .replacingOccurrences(of: share, with: "abs(d.value) * (SELECT share FROM temp.tolerance)"))
                }
            }
            let arguments: StatementArguments = [
                "source": filter.source, "metric": filter.metric, "place": filter.place,
                "conflicts": filter.conflictsOnly, "limit": filter.limit ?? -1,
            ]
            return try QueryResult.fetch(try db.makeStatement(sql: Self.views), arguments: arguments)
        }
    }

    private func expectAgreement(_ filter: CrossReferenceFilter, minimum: Int = 0) throws {
        for path in try Self.shared.get() {
            let swept = try ClaimsDatabase.openReadOnly(path: path).crossReference(filter)
            let expected = try oracle(path, filter)
            #expect(swept.columns == expected.columns)
            #expect(swept.rows.count == expected.rows.count, "\(filter)")
            #expect(expected.rows.count >= minimum, "the test database should give at least \(minimum) pairs for \(filter)")
            if let index = zip(swept.rows, expected.rows).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
                Issue.record("row \(index) differs for \(filter):\n\(swept.rows[index])\n\(expected.rows[index])")
            }
        }
    }

    @Test(arguments: [false, true])
    func everyPairAgreesWithTheViews(conflictsOnly: Bool) throws {
        try expectAgreement(CrossReferenceFilter(conflictsOnly: conflictsOnly), minimum: 1_000)
    }

    @Test(arguments: [0.0, 0.01, 0.05, 0.1, 1.0 / 3, 0.5, 0.99])
    func everyPairAgreesAtAnyTolerance(tolerance: Double) throws {
        try expectAgreement(CrossReferenceFilter(tolerance: tolerance), minimum: 1_000)
        try expectAgreement(CrossReferenceFilter(conflictsOnly: true, tolerance: tolerance))
    }

    @Test(arguments: [0, 1, 2, 7, 100, 5_000, -1])
    func theFirstPairsAgreeWithTheViews(limit: Int) throws {
        try expectAgreement(CrossReferenceFilter(limit: limit))
        try expectAgreement(CrossReferenceFilter(conflictsOnly: true, limit: limit))
    }

    @Test func narrowedPairsAgree() throws {
        let filters = [
            CrossReferenceFilter(source: "IMF", tolerance: 0.2),
            CrossReferenceFilter(source: "WORLD_BANK", metric: "gdp_growth"),
            CrossReferenceFilter(metric: "inflation", conflictsOnly: true, limit: 20),
            CrossReferenceFilter(source: "IMF", metric: "gdp_growth", place: "ua", limit: 30),
            CrossReferenceFilter(place: "US", tolerance: 0),
        ]
        for filter in filters { try expectAgreement(filter, minimum: 1) }
    }
}
