import ClaimsSeeds
import ClaimsStore
import Foundation
import GRDB

/// A claimsdb database of figures written straight into the tables from a seed, crowded with
/// what makes two figures comparable or not: NULL and odd periods ('2020', '2020-03', touching
/// spans like 1985 to 1986 and 1986 to 1987, inverted spans, texts that sort around "z"), NULL
/// and empty places, texts Unicode calls equal and bytes do not ("2020é" composed and decomposed),
/// periods open at either end, days written with and without a time and zone, days around the
/// window's edges and dates that are not days ("2024", "2024-03"), the same sentence in two
/// articles, figures of one article, claims with two sources or none, every qualifier with NULL
/// bounds, and values that are negative, zero, tiny, huge, infinite, round ("40e9") or of many
/// digits.
enum EdgeCaseFigures {
    private static let sources = ["IMF", "WORLD_BANK", "NATO"]
    private static let metrics: [String?] = ["gdp_growth", "gdp_growth", "gdp_growth", "inflation", nil]
    private static let units = ["percent", "percent", "percent", "USD"]
    private static let places: [String?] = ["UA", "UA", "UA", "US", nil, nil, ""]
    private static let kinds = ["level", "level", "level", "change"]
    private static let periods: [String?] = [
        nil, nil, nil, nil, nil, nil, "2020", "2020", "2020", "2021", "2019", "2020-03", "2020-06", "2020-03-15", "1985", "1986",
        "1987", "2020z", "2020{", "2020-", "", "9999", "0000", "2020\u{E9}", "2020e\u{301}", "ß",
    ]
    private static let days: [String?] = [
        "2024-01-10", "2024-01-10", "2024-01-10T08:30:00Z", "2024-01-11", "2024-01-1", "", nil, "2024-01-10 late",
        "2024-01-30", "2024-02-09", "2024-02-10", "2024-02-19", "2024-03-10", "2024-01-09T23:30:00-05:00",
        "2024-02-09T00:30:00+01:00", "2024", "2024-01", "1987-03-03T14:32:10Z",
    ]
    /// By claim: figures of two named holders never pair, a NULL holder pairs with any.
    private static let holders: [String?] = ["acme", "globex", nil, nil, nil]
    /// By claim: figures of two specifiers never pair, a NULL specifier pairs with any but one
    /// that names a time grain ("week", "afternoon"; "weekly" names none).
    private static let specifiers: [String?] = ["wheat", "corn", "week", "afternoon", "corn week", "weekly"] + [String?](repeating: nil, count: 27)
    private static let qualifiers = ["exact", "approximately", "more_than", "at_least", "less_than", "at_most", "range"]
    private static let values: [Double] = [
        -5, -1, -0.5, 0, 0, 1e-12, 0.5, 1, 2, 2.5, 3, 3.2, 3.3, 3.36, 4.5, 10, 20, 23, 25, 1e12, 1e15,
        .infinity, -.infinity, 5, 5.4, 40e9, 44e9, -40, 0.4, 1.5e6, 0.1 + 0.2, 123.456, 9.99999999999e300,
        1.5, 1.5e3, 2.5e6, 2.5e9, 0.3, 0.3e3,
    ]
    private static let sentences = [
        "The IMF projects growth of 3.2 percent.", "The IMF projects growth of 3.2 percent.", "Growth was 3.3 percent, the IMF said.",
        "Lending rose, the World Bank said.", "Inflation éased to 2 percent.", "The IMF projects growth of 3.2 percent ",
        "The IMF projects growth of 3.4 percent.", "The IMF projects growth of 1,5 percent.",
    ]

    /// Builds the database at `path` and returns how many figures it holds.
    @discardableResult
    static func build(at path: String, seed: UInt64, articles: Int) throws -> Int {
        _ = try ClaimsDatabase.open(path: path, sources: try SeedVocabularies.builtIn().sources)
        var random = SeededGenerator(seed: seed)
        let queue = try DatabaseQueue(path: path)
        return try queue.write { db in
            var sourceIDs: [Int64] = []
            for key in sources {
                sourceIDs.append(try Int64.fetchOne(db, sql: "SELECT id FROM sources WHERE key = ?", arguments: [key]) ?? 0)
            }
            var claimID: Int64 = 0
            var figures = 0
            for article in 1 ... Int64(articles) {
                try db.execute(sql: """
                    INSERT INTO articles(id, sha256, title, url, published, format, origin, body)
                    VALUES (?, ?, ?, ?, ?, 'text', 'test', 'body')
                    """, arguments: [article, String(format: "%064llx", UInt64(article)), "Article \(article)",
                                     Bool.random(using: &random) ? "https://example.org/\(article)" : nil, pick(days, &random)])
                for ordinal in 0 ..< Int.random(in: 1 ... 4, using: &random) {
                    claimID += 1
                    let text = Int.random(in: 0 ..< 3, using: &random) == 0 ? pick(sentences, &random) : "Claim \(claimID) says so."
                    try db.execute(sql: "INSERT INTO claims(id, article_id, ordinal, text, char_start, char_end) VALUES (?, ?, ?, ?, 0, 1)",
                                   arguments: [claimID, article, ordinal, text])
                    try attribute(claimID, sourceIDs, &random, db)
                    for _ in 0 ..< Int.random(in: 1 ... 2, using: &random) {
                        try insertFigure(claim: claimID, &random, db)
                        figures += 1
                    }
                }
            }
            return figures
        }
    }

    /// Mostly one attributed source, sometimes two, a mention only, or none.
    private static func attribute(_ claim: Int64, _ sourceIDs: [Int64], _ random: inout SeededGenerator, _ db: Database) throws {
        let first = Int.random(in: 0 ..< sourceIDs.count, using: &random)
        let roll = Int.random(in: 0 ..< 10, using: &random)
        let insert = "INSERT INTO claim_sources(claim_id, source_id, role, text) VALUES (?, ?, ?, 'it')"
        if roll < 7 {
            // the first source most of the time, so that most figures can be compared
            try db.execute(sql: insert, arguments: [claim, roll < 5 ? sourceIDs[0] : sourceIDs[first], "attributed"])
        } else if roll == 7 {
            try db.execute(sql: insert, arguments: [claim, sourceIDs[0], "attributed"])
            try db.execute(sql: insert, arguments: [claim, sourceIDs[1], "attributed"])
        } else if roll == 8 {
            try db.execute(sql: insert, arguments: [claim, sourceIDs[first], "mentioned"])
        }
    }

    private static func insertFigure(claim: Int64, _ random: inout SeededGenerator, _ db: Database) throws {
        let qualifier = pick(qualifiers, &random)
        let value = Int.random(in: 0 ..< 3, using: &random) == 0
            ? Double(Int.random(in: -300 ... 300, using: &random)) / 100 : pick(values, &random)
        let step = pick([0.05, 0.5, 0, 0.25], &random)
        var low: Double? = value - step
        var high: Double? = value + step
        switch qualifier {
        case "more_than", "at_least": (low, high) = (value, nil)
        case "less_than", "at_most": (low, high) = (nil, value)
        case "range": (low, high) = (value, value + pick([0, 1, 0.7], &random))
        default: break
        }
        if Int.random(in: 0 ..< 8, using: &random) == 0 { low = nil }
        if Int.random(in: 0 ..< 8, using: &random) == 0 { high = nil }
        if let lower = low, let upper = high, !(lower <= upper) { (low, high) = (nil, nil) }
        let start = pick(periods, &random)
        // the same period most of the time, else any other (open, inverted, a span)
        let end = Int.random(in: 0 ..< 3, using: &random) > 0 ? start : pick(periods, &random)
        try db.execute(sql: """
            INSERT INTO figures(claim_id, text, value, low, high, unit, qualifier, kind, metric, metric_key, place,
                                period_start, period_end, holder, specifier, char_start, char_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'growth', ?, ?, ?, ?, ?, ?, 0, 1)
            """, arguments: [claim, "\(value) \(qualifier)", value, low, high, pick(units, &random), qualifier,
                             pick(kinds, &random), pick(metrics, &random), pick(places, &random), start, end,
                             holders[Int(claim % Int64(holders.count))],
                             specifiers[Int(claim / 3 % Int64(specifiers.count))]])
    }

    private static func pick<T>(_ items: [T], _ random: inout SeededGenerator) -> T {
        items[Int.random(in: 0 ..< items.count, using: &random)]
    }
}
