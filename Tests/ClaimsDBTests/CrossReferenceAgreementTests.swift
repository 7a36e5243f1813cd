@testable import ClaimsStore
import Foundation
import GRDB
import Testing

/// `crossReference` finds its pairs by a sweep in Swift; the views find them by a self-join in
/// SQL, which is what `xref` ran before. On databases crowded with edge cases (``EdgeCaseFigures``) both must give the same rows,
/// cell for cell and in the same order, whatever the tolerance, window, filters and limit, for
/// pairs of one source and pairs across sources. This holds every comparability rule of the
/// views (`Migrations/0010_xref_rules.sql`) and of the sweep to each other.
@Suite struct CrossReferenceAgreementTests {
    /// Two databases, built once for the suite.
    static let shared = Result { try (1 ... 2).map { seed in try CrossReferenceAgreementTests.build(seed: UInt64(seed)) } }

    private static func build(seed: UInt64) throws -> String {
        let path = try TestPaths.scratch().appendingPathComponent("edge-cases.db").path
        try EdgeCaseFigures.build(at: path, seed: seed, articles: 330)
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

    /// The same across sources: the source is either side's.
    private static let viewsAcrossSources = """
        SELECT relation, round(gap, 4) AS gap, metric_key, unit, place,
               source_a, text_a AS figure_a, value_a, low_a, high_a, qualifier_a, sentence_a, title_a, url_a, published_a,
               source_b, text_b AS figure_b, value_b, low_b, high_b, qualifier_b, sentence_b, title_b, url_b, published_b,
               figure_a AS figure_id_a, figure_b AS figure_id_b
        FROM figure_relations_across_sources r
        WHERE NOT (:conflicts AND r.meets)
          AND (:source IS NULL OR r.source_a = :source OR r.source_b = :source) AND (:metric IS NULL OR r.metric_key = :metric)
          AND (:place IS NULL OR r.place = upper(:place))
        ORDER BY r.meets, r.gap DESC, r.metric_key, r.source_a, r.source_b, r.figure_a, r.figure_b
        LIMIT :limit
        """

    /// Test cases run side by side on one file: a connection that finds it busy (another one
    /// opening its write-ahead log) waits instead of failing.
    private static var patient: Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        return configuration
    }

    /// The views made again with other parameters: every view that reads them, in order.
    private static let rebuilt = ["figure_intervals", "figure_pairs", "figure_relations", "figure_relations_across_sources"]

    /// The rows of the views, the self-join `xref` ran before the sweep. At a tolerance other
    /// than their 5% or a window other than their 0 days (the same day), the views are made
    /// again as temporary views of this connection, which hide the stored ones, with the
    /// parameters in place of 0.05 and 0.
    private func oracle(_ path: String, _ filter: CrossReferenceFilter) throws -> QueryResult {
        let queue = try DatabaseQueue(path: path, configuration: Self.patient)
        return try queue.inDatabase { db in
            if filter.tolerance != 0.05 || filter.windowDays != 0 {
                try db.execute(sql: "CREATE TEMP TABLE parameters(share REAL, days INTEGER)")
                try db.execute(sql: "INSERT INTO parameters VALUES (?, ?)", arguments: [filter.tolerance, filter.windowDays])
                let share = "abs(d.value) * 0.05", window = "published_day) <= 0"
                for view in Self.rebuilt {
                    let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_schema WHERE name = ?", arguments: [view]) ?? ""
                    #expect(view != "figure_intervals" || sql.components(separatedBy: share).count == 3)
                    #expect(view != "figure_pairs" || sql.components(separatedBy: window).count == 2)
                    try db.execute(sql: sql.replacingOccurrences(of: "CREATE VIEW", with: "CREATE TEMP VIEW")
                        .replacingOccurrences(of: share, with: "abs(d.value) * (SELECT share FROM temp.parameters)")
                        .replacingOccurrences(of: window, with: "published_day) <= (SELECT days FROM temp.parameters)"))
                }
            }
            let arguments: StatementArguments = [
                "source": filter.source, "metric": filter.metric, "place": filter.place,
                "conflicts": filter.conflictsOnly, "limit": filter.limit ?? -1,
            ]
            let sql = filter.acrossSources ? Self.viewsAcrossSources : Self.views
            return try QueryResult.fetch(try db.makeStatement(sql: sql), arguments: arguments)
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

    /// `xref` computes `precision` and `published_day` by the view's own expressions, once per
    /// distinct value and day.
    @Test func xrefComputesPrecisionAndPublishedDayAsTheViewDoes() throws {
        let path = try #require(try Self.shared.get().first)
        let view = try DatabaseQueue(path: path, configuration: Self.patient).read { db in
            try String.fetchOne(db, sql: "SELECT sql FROM sqlite_schema WHERE name = 'figure_intervals'") ?? ""
        }
        #expect(view.contains(" ELSE " + ViewExpressions.precision.replacingOccurrences(of: "?1", with: "f.value") + "\n"))
        #expect(view.contains(" " + ViewExpressions.publishedDay.replacingOccurrences(of: "?1", with: "f.published") + "\n"))
    }

    @Test(arguments: [false, true])
    func everyPairAgreesWithTheViews(conflictsOnly: Bool) throws {
        try expectAgreement(CrossReferenceFilter(conflictsOnly: conflictsOnly), minimum: conflictsOnly ? 60 : 200)
    }

    @Test(arguments: [0.0, 0.01, 0.05, 0.1, 1.0 / 3, 0.5, 0.99])
    func everyPairAgreesAtAnyTolerance(tolerance: Double) throws {
        try expectAgreement(CrossReferenceFilter(tolerance: tolerance), minimum: 200)
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

    @Test(arguments: [0, 1, 20, 29, 30, 31, 60, 100_000, -1])
    func everyPairAgreesAtAnyWindow(days: Int) throws {
        try expectAgreement(CrossReferenceFilter(windowDays: days), minimum: 150)
        try expectAgreement(CrossReferenceFilter(windowDays: days, acrossSources: true), minimum: 80)
    }

    /// The edge cases hold figures without a period whose articles are 0, 1, 20, 30, 31, 40
    /// and more days apart, so that the window tests above decide pairs.
    @Test func theWindowDecidesPairsOfTheEdgeCases() throws {
        for path in try Self.shared.get() {
            let counts = try [0, 20, 30, 31, 100_000].map { days in
                try oracle(path, CrossReferenceFilter(windowDays: days)).rows.count
            }
            #expect(counts == counts.sorted() && Set(counts).count == counts.count, "\(counts)")
        }
    }

    @Test(arguments: [false, true])
    func everyPairAcrossSourcesAgreesWithTheViews(conflictsOnly: Bool) throws {
        try expectAgreement(CrossReferenceFilter(conflictsOnly: conflictsOnly, acrossSources: true), minimum: conflictsOnly ? 30 : 80)
    }

    @Test(arguments: [0.0, 0.01, 0.1, 0.5])
    func everyPairAcrossSourcesAgreesAtAnyTolerance(tolerance: Double) throws {
        try expectAgreement(CrossReferenceFilter(tolerance: tolerance, acrossSources: true), minimum: 80)
    }

    @Test(arguments: [0, 1, 7, 100, -1])
    func theFirstPairsAcrossSourcesAgree(limit: Int) throws {
        try expectAgreement(CrossReferenceFilter(acrossSources: true, limit: limit))
        try expectAgreement(CrossReferenceFilter(conflictsOnly: true, acrossSources: true, limit: limit))
    }

    @Test func narrowedPairsAcrossSourcesAgree() throws {
        let filters = [
            CrossReferenceFilter(source: "IMF", acrossSources: true),
            CrossReferenceFilter(source: "NATO", metric: "gdp_growth", acrossSources: true),
            CrossReferenceFilter(metric: "inflation", conflictsOnly: true, acrossSources: true, limit: 20),
            CrossReferenceFilter(source: "WORLD_BANK", metric: "gdp_growth", place: "ua", acrossSources: true, limit: 30),
            CrossReferenceFilter(place: "US", tolerance: 0, windowDays: 0, acrossSources: true),
        ]
        for filter in filters { try expectAgreement(filter, minimum: 1) }
        try expectAgreement(CrossReferenceFilter(source: "DOD", acrossSources: true))
    }
}
