import ClaimsSeeds
import ClaimsStore
import Foundation
import GRDB

/// A claimsdb database of a given number of claims, generated deterministically: ten claims
/// an article, each attributed to a registry source with one figure, one in twenty with a
/// stance. For timing queries at a scale no corpus here reaches.
struct LargeDatabase {
    var claims: Int

    private static let sources = ["IMF", "WORLD_BANK", "OECD", "FED", "ECB", "DOD", "NATO"]
    private static let metrics = ["gdp_growth", "inflation", "exports", "imports", "foreign_debt", "lending", "oil_output",
                                  "unemployment", "reserves", "budget_deficit", "trade_deficit", "military_aid", "aid",
                                  "investment", "revenue", "interest_rate", "population", "wheat_crop", "corn_crop", "gdp"]
    private static let places = ["US", "GB", "DE", "FR", "JP", "CN", "RU", "UA", "BR", "MX", "IN", "AR", "PL", "NG", "ZA",
                                 "TR", "IT", "ES", "CA", "AU", "KR", "ID", "SA", "EG", "IR", "PK", "VN", "TH", "PH", "MY",
                                 "CL", "CO", "PE", "VE", "KE", "ET", "MA", "DZ", "IQ", "SY", "IL", "GR", "PT", "SE", "NO",
                                 "FI", "DK", "NL", "BE", "CH"]
    private static let words = ["growth", "inflation", "exports", "debt", "lending", "output", "deficit", "aid", "investment", "rates"]

    func build(at path: String) throws {
        _ = try ClaimsDatabase.open(path: path, sources: try SeedVocabularies.builtIn().sources)
        let queue = try DatabaseQueue(path: path)
        var generator = SplitMix(seed: 42)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF")
            var ids: [String: Int64] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT key, id FROM sources") { ids[row[0]] = row[1] }
            let article = try db.makeStatement(sql: "INSERT INTO articles(id, sha256, title, published, format, origin, body) VALUES (?, ?, ?, ?, 'text', 'generated', ?)")
            let claim = try db.makeStatement(sql: "INSERT INTO claims(id, article_id, ordinal, text, char_start, char_end) VALUES (?, ?, ?, ?, 0, ?)")
            let source = try db.makeStatement(sql: "INSERT INTO claim_sources(claim_id, source_id, role, verb, text) VALUES (?, ?, 'attributed', 'said', ?)")
            let figure = try db.makeStatement(sql: """
                INSERT INTO figures(claim_id, text, value, low, high, unit, qualifier, kind, metric, metric_key, place, period_start, period_end, char_start, char_end)
                VALUES (?, ?, ?, ?, ?, 'percent', 'exact', 'level', ?, ?, ?, ?, ?, 0, 1)
                """)
            let stance = try db.makeStatement(sql: "INSERT INTO stances(claim_id, actor, actor_country, target, target_key, polarity, cue) VALUES (?, ?, ?, 'the plan', 'plan', ?, 'backed')")
            try db.beginTransaction()
            let articles = (claims + 9) / 10
            var claimID: Int64 = 0
            for articleID in 1...Int64(articles) {
                let year = 2000 + Int(generator.next() % 26)
                let month = 1 + Int(generator.next() % 12)
                try article.execute(arguments: [articleID, String(format: "%064llx", UInt64(articleID)), "Story \(articleID)",
                                                String(format: "%04d-%02d-15", year, month), "generated body"])
                for ordinal in 0..<10 where claimID < Int64(claims) {
                    claimID += 1
                    let key = Self.sources[Int(generator.next() % UInt64(Self.sources.count))]
                    let metric = Self.metrics[Int(generator.next() % UInt64(Self.metrics.count))]
                    let place = Self.places[Int(generator.next() % UInt64(Self.places.count))]
                    let word = Self.words[Int(generator.next() % UInt64(Self.words.count))]
                    let value = Double(generator.next() % 200) / 10
                    let text = "The \(key) said \(place) \(word) was \(value) percent in \(year)."
                    try claim.execute(arguments: [claimID, articleID, ordinal, text, text.count])
                    try source.execute(arguments: [claimID, ids[key], key])
                    try figure.execute(arguments: [claimID, "\(value) percent", value, value - 0.05, value + 0.05, metric.replacingOccurrences(of: "_", with: " "),
                                                   metric, place, String(year), String(year)])
                    if generator.next() % 20 == 0 {
                        try stance.execute(arguments: [claimID, place, place, generator.next() % 2 == 0 ? "support" : "oppose"])
                    }
                }
                if articleID % 10_000 == 0 {
                    try db.commit()
                    try db.beginTransaction()
                }
            }
            try db.commit()
            try db.execute(sql: "INSERT INTO claims_fts(claims_fts) VALUES ('rebuild')")
            try db.execute(sql: "PRAGMA optimize")
        }
    }
}
