import ClaimsSeeds
@testable import ClaimsStore
import Foundation
import GRDB
import Testing

/// The cross-referencing rules, each shown on short articles written for it
/// (`Fixtures/xref-rules/<case>`) through the real binary, and each held to the views: at the
/// default tolerance and window, every `xref` here gives the pairs `figure_relations` (or
/// `figure_relations_across_sources`) gives.
@Suite struct CrossReferenceRuleTests {
    /// A database of the articles of `Fixtures/xref-rules/<name>`.
    private static func database(_ name: String) throws -> String {
        let db = try TestPaths.scratch().appendingPathComponent("claims.db").path
        let run = try CLI.run(["ingest", "--db", db, TestPaths.fixture("xref-rules/\(name)").path])
        #expect(run.status == 0, "\(run.stderr)")
        return db
    }

    private static func rows(_ db: String, _ arguments: [String] = []) throws -> [[String: Any]] {
        let run = try CLI.run(["xref", "--db", db, "--format", "json"] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        return try CLI.json(run.stdout) as? [[String: Any]] ?? []
    }

    /// "figure_a | figure_b -> relation" for each row, and the same from the views where the
    /// arguments are the defaults.
    private static func pairs(_ db: String, _ arguments: [String] = []) throws -> [String] {
        let found = try rows(db, arguments).map { row in
            "\(row["figure_a"] as? String ?? "?") | \(row["figure_b"] as? String ?? "?") -> \(row["relation"] as? String ?? "?")"
        }
        if arguments.isEmpty || arguments == ["--across-sources"] {
            // in xref's order (docs/schema.md)
            let (view, order) = arguments.isEmpty
                ? ("figure_relations", "source, metric_key") : ("figure_relations_across_sources", "metric_key, source_a, source_b")
            let run = try CLI.run(["sql", "--db", db, "--format", "json", """
                SELECT text_a || ' | ' || text_b || ' -> ' || relation AS pair FROM \(view)
                ORDER BY meets, gap DESC, \(order), figure_a, figure_b
                """])
            let fromViews = (try CLI.json(run.stdout) as? [[String: Any]] ?? []).map { $0["pair"] as? String ?? "" }
            #expect(fromViews == found, "the views disagree with xref \(arguments)")
        }
        return found
    }

    /// "Economic growth in Kenya will slow to 5.2 percent" (the metric is the clause's
    /// subject) and "forecast economic growth of about 5 percent for Kenya" (the figure's own
    /// phrase): one IMF forecast, one metric key, so the two corroborate.
    @Test func theSameForecastWordedAsAClauseSubjectAndAsGrowthOfNCorroborates() throws {
        let db = try Self.database("wordings")
        #expect(try Self.pairs(db) == ["about 5 percent | 5.2 percent -> corroboration"])
    }

    @Test func twoWorldBankForecastsForOneCountryAndYearThatDifferConflict() throws {
        let db = try Self.database("forecasts")
        #expect(try Self.pairs(db, ["--source", "World Bank"]) == ["3.2 percent | 1.8 percent -> conflict"])
        let row = try #require(try Self.rows(db, ["--source", "World Bank"]).first)
        #expect(row["published_a"] as? String == "2024-01-10" && row["published_b"] as? String == "2024-06-11")
    }

    @Test func aFigureForOneYearIsNeverComparedWithAnotherYears() throws {
        // the World Bank's 3.2 percent for 2023 is the value of its own and the IMF's for 2024
        let db = try Self.database("forecasts")
        for arguments in [[], ["--across-sources"]] {
            for row in try Self.rows(db, arguments) {
                #expect(row["title_a"] as? String != "World Bank forecast for 2023", "\(row)")
                #expect(row["title_b"] as? String != "World Bank forecast for 2023", "\(row)")
            }
        }
        _ = try Self.pairs(db)
    }

    @Test func aSingleAidPackageIsNeverComparedWithATotalSinceAnEarlierYear() throws {
        let db = try Self.database("aid")
        let periods = try CLI.run(["sql", "--db", db, "--format", "json", "SELECT text, period_start, period_end FROM figures ORDER BY value"])
        let read = (try CLI.json(periods.stdout) as? [[String: Any]] ?? []).map { row in
            "\(row["text"] as? String ?? "?") \(row["period_start"] as? String ?? "-") \(row["period_end"] as? String ?? "-")"
        }
        #expect(read == ["1.5 billion dollars 2024 2024", "23 billion dollars 2022 -", "25 billion dollars 2022 -"],
                "the extractor should read a package in 2024 and two totals since 2022")
        // the totals since 2022 are compared with each other, the package with neither
        #expect(try Self.pairs(db) == ["23 billion dollars | 25 billion dollars -> conflict"])
    }

    /// Two contracts of one day to two named companies are two quantities; two reports of one
    /// company's contract corroborate.
    @Test func figuresOfTwoNamedHoldersAreNeverCompared() throws {
        let db = try Self.database("holders")
        #expect(try Self.pairs(db) == ["75 mln dlr | 75 mln dlr -> corroboration"])
    }

    /// Winter and spring onion production, credit lines for beef and for wheat, a morning and
    /// an afternoon operation: what narrows a metric (its specifier) makes two quantities of one
    /// key, and only the two reports of the winter crop are compared.
    @Test func figuresOfTwoSpecifiersAreNeverCompared() throws {
        let db = try Self.database("specifiers")
        #expect(try Self.pairs(db) == ["3,100,000 cwts | 3,100,000 cwts -> corroboration"])
        // the same figures with nothing to narrow them would pair as conflicts (every figure
        // here is narrowed, the start of each "from ... to ..." as its end)
        let run = try CLI.run(["sql", "--db", db, "--format", "json", "SELECT count(*) AS n FROM figures WHERE specifier IS NOT NULL"])
        #expect((try CLI.json(run.stdout) as? [[String: Any]])?.first?["n"] as? Int == 9)
    }

    /// A source that states its earlier figure beside the new one ("10.60 mln tonnes, vs 11.40
    /// mln tonnes last month") is revising itself; another article's different figure for the
    /// same crop is a conflict.
    @Test func aSourceRestatingItsEarlierFigureIsARevision() throws {
        let db = try Self.database("revision")
        #expect(Set(try Self.pairs(db)) == [
            "10.60 mln tonnes | 11.40 mln tonnes -> revision", "11.40 mln tonnes | 9.8 mln tonnes -> conflict",
            "10.60 mln tonnes | 9.8 mln tonnes -> conflict",
        ])
        let run = try CLI.run(["sql", "--db", db, "--format", "json", "SELECT text_a, text_b FROM figure_revisions"])
        #expect((try CLI.json(run.stdout) as? [[String: Any]])?.count == 1)
    }

    /// A comparison sent twice in other words ("to 1.6 mln tonnes from two mln") pairs each
    /// value with its copy, never one copy's new value with the other's old one; an estimate
    /// revised twice (to 750 from 700, then to 800 from 750) is a revision from end to end.
    @Test func copiesOfAComparisonPairOnlyLikeWithLikeAndChainsAreRevisions() throws {
        let db = try Self.database("restatements")
        #expect(Set(try Self.pairs(db)) == [
            "1.6 mln tonnes | 1.6 mln tonnes -> corroboration", "two mln tonnes | two mln tonnes -> corroboration",
            "750 mln | 750 mln stg -> corroboration", "750 mln | 700 mln -> revision",
            "800 mln stg | 750 mln stg -> revision", "800 mln stg | 700 mln -> revision",
        ])
    }

    /// A copy that dropped a scale word ("15.5 bpd" for "15.5 mln bpd") is a slip, not a
    /// second reading: values a thousand, a million or a billion times apart never pair.
    @Test func aDroppedScaleWordIsNoConflict() throws {
        let db = try Self.database("scale-slips")
        #expect(try Self.pairs(db) == ["15.5 mln bpd | about 15.5 mln bpd -> corroboration"])
    }

    /// A week's figure ("in the last week of March") is not the month's: two reports of the
    /// week corroborate, and neither is set against the month's average.
    @Test func aWeeksFigureIsComparedOnlyWithTheSameWeeks() throws {
        let db = try Self.database("time-grains")
        #expect(try Self.pairs(db) == ["98.2 billion marks | 98.2 billion marks -> corroboration"])
    }

    /// A figure for a year is compared with the same year's, never with a quarter of it; "grew
    /// 3 percent" and "will expand by 3.8 percent" are both a level of growth.
    @Test func onlyTheSamePeriodIsCompared() throws {
        let db = try Self.database("same-period")
        #expect(try Self.pairs(db) == ["3.8 percent | 3 percent -> conflict"])
    }

    /// A figure that states no period is about the time of its report: by default it is
    /// compared only with figures published the same day; `--window` widens that.
    @Test func undatedFiguresPairOnTheSameDayUnlessTheWindowIsWidened() throws {
        // published 2024-01-10 twice (the second at 19:45 +02:00), 2024-01-30 (at 09:30 +01:00)
        // and 2024-03-10: 0, 20 and 40 days apart
        let db = try Self.database("window")
        #expect(try Self.pairs(db) == ["4.9 percent | about 5 percent -> corroboration"])
        #expect(Set(try Self.pairs(db, ["--window", "30"])) == [
            "4.9 percent | about 5 percent -> corroboration", "4.9 percent | 5.2 percent -> conflict",
            "about 5 percent | 5.2 percent -> corroboration",
        ])
        #expect(try Self.pairs(db, ["--window", "60"]).count == 6)
    }

    /// "in the afternoon session", "this afternoon": the day of publication, so Monday's
    /// money-market operation is not set against Tuesday's, while two reports of Tuesday's agree.
    @Test func oneDaysOperationIsComparedOnlyWithTheSameDays() throws {
        let db = try Self.database("day-parts")
        #expect(try Self.pairs(db) == ["150 mln stg | 150 mln stg -> corroboration"])
    }

    /// Monday's and Tuesday's forecasts in the same words but for their numbers are two
    /// readings of a daily release, not two witnesses, even in a window that spans both days;
    /// the same day's revision, or a forecast said in other words, still pairs.
    @Test func aRecurringReleaseOnAnotherDayIsNoWitness() throws {
        let db = try Self.database("recurring")
        #expect(try Self.pairs(db) == ["around 600 mln stg | around 750 mln stg -> conflict"])
        #expect(Set(try Self.pairs(db, ["--window", "1"])) == [
            "around 900 mln stg | around 600 mln stg -> conflict", "around 600 mln stg | around 750 mln stg -> conflict",
        ])
    }

    @Test func identicalSentencesFromTwoArticlesDoNotPair() throws {
        // a wire story re-sent under another headline is no second witness; the same figure in
        // other words is
        let db = try Self.database("resent")
        let rows = try Self.rows(db)
        #expect(rows.count == 2)
        for row in rows {
            #expect(row["sentence_a"] as? String != row["sentence_b"] as? String)
            #expect([row["title_a"] as? String, row["title_b"] as? String].contains("Growth outlook"))
        }
        _ = try Self.pairs(db)
    }

    @Test func acrossSourcesPairsTheIMFAndWorldBankForecastsSayingWhetherTheyAgree() throws {
        let db = try Self.database("forecasts")
        let rows = try Self.rows(db, ["--across-sources"])
        let summary = rows.map { row in
            "\(row["source_a"] as? String ?? "?") \(row["figure_a"] as? String ?? "?") | "
                + "\(row["source_b"] as? String ?? "?") \(row["figure_b"] as? String ?? "?") -> \(row["relation"] as? String ?? "?")"
        }
        #expect(summary == ["IMF 3.2 percent | WORLD_BANK 1.8 percent -> differ", "IMF 3.2 percent | WORLD_BANK 3.2 percent -> agree"])
        #expect(rows.allSatisfy { $0["metric_key"] as? String == "gdp_growth" && $0["place"] as? String == "UA" })
        #expect(try Self.pairs(db, ["--across-sources"]).count == 2)
        // --source names either side; --conflicts keeps those that differ
        #expect(try Self.rows(db, ["--across-sources", "--source", "World Bank"]).count == 2)
        #expect(try Self.rows(db, ["--across-sources", "--conflicts"]).map { $0["relation"] as? String } == ["differ"])
    }

    /// The low and high `xref` compared the figure written `text` by, from the first row it is in.
    private static func bounds(_ rows: [[String: Any]], _ text: String) -> [Double?] {
        guard let row = rows.first(where: { $0["figure_a"] as? String == text || $0["figure_b"] as? String == text }) else { return [] }
        let side = row["figure_a"] as? String == text ? "a" : "b"
        return [row["low_\(side)"] as? Double, row["high_\(side)"] as? Double]
    }

    @Test func anApproximateFigureSpansHalfAUnitOfItsLastSignificantDigit() throws {
        let db = try Self.database("approximate")
        let rows = try Self.rows(db)
        #expect(Self.bounds(rows, "about 5 percent") == [4.5, 5.5])
        #expect(Self.bounds(rows, "around $40bn") == [35e9, 45e9])
        // so 5.4 percent and 44 billion fall within them
        #expect(try Self.pairs(db) == [
            "44 billion dollars | around $40bn -> corroboration", "5.4 percent | about 5 percent -> corroboration",
        ])
    }

    @Test func anApproximateFigureIsNeverNarrowerThanTheTolerance() throws {
        let db = try Self.database("approximate")
        #expect(Self.bounds(try Self.rows(db, ["--tolerance", "0.2"]), "about 5 percent") == [4, 6])
        #expect(Self.bounds(try Self.rows(db, ["--tolerance", "0.2"]), "around $40bn") == [32e9, 48e9])
        #expect(Self.bounds(try Self.rows(db, ["--tolerance", "0"]), "about 5 percent") == [4.5, 5.5])
    }

    @Test func aShareOfGDPPairsWithItsTwinAndNotWithAPlainPercentage() throws {
        // the extractor is to read "5 percent of GDP" as percent_of_gdp; the figures are written
        // into the tables here, as it would store them
        let db = try TestPaths.scratch().appendingPathComponent("claims.db").path
        _ = try ClaimsDatabase.open(path: db, sources: try SeedVocabularies.builtIn().sources)
        try DatabaseQueue(path: db).write { db in
            let imf = try Int64.fetchOne(db, sql: "SELECT id FROM sources WHERE key = 'IMF'") ?? 0
            let figures: [(String, Double, String)] = [
                ("The IMF expects a budget deficit of 5.1 percent of GDP in 2024.", 5.1, "percent_of_gdp"),
                ("Ukraine's deficit will be 5.3 percent of GDP in 2024, the IMF said.", 5.3, "percent_of_gdp"),
                ("The IMF expects the budget deficit to widen by 5.1 percent in 2024.", 5.1, "percent"),
            ]
            for (index, (sentence, value, unit)) in figures.enumerated() {
                let id = Int64(index + 1)
                try db.execute(sql: """
                    INSERT INTO articles(id, sha256, title, published, format, origin, body) VALUES (?, ?, ?, ?, 'text', 'test', ?)
                    """, arguments: [id, String(repeating: "\(id)", count: 64), "Deficit \(id)", "2024-0\(id)-01", sentence])
                try db.execute(sql: "INSERT INTO claims(id, article_id, ordinal, text, char_start, char_end) VALUES (?, ?, 0, ?, 0, 1)",
                               arguments: [id, id, sentence])
                try db.execute(sql: "INSERT INTO claim_sources(claim_id, source_id, role, text) VALUES (?, ?, 'attributed', 'the IMF')",
                               arguments: [id, imf])
                try db.execute(sql: """
                    INSERT INTO figures(claim_id, text, value, low, high, unit, qualifier, metric, metric_key, place,
                                        period_start, period_end, char_start, char_end)
                    VALUES (?, ?, ?, ?, ?, ?, 'exact', 'budget deficit', 'budget_deficit', 'UA', '2024', '2024', 0, 1)
                    """, arguments: [id, "\(value) percent", value, value - 0.05, value + 0.05, unit])
            }
        }
        let rows = try Self.rows(db)
        #expect(rows.count == 1)
        #expect(rows.first?["unit"] as? String == "percent_of_gdp")
        #expect(rows.first?["relation"] as? String == "conflict")
        #expect(try Self.pairs(db).count == 1)
    }

    @Test func aNullFieldOfAGroupKeyIsWrittenWhole() {
        // the key is compared byte for byte: bytes left as they were would make two keys of
        // the same fields differ
        var written: [[UInt8]] = []
        for garbage: UInt8 in [0x00, 0xFF] {
            var key = [UInt8](repeating: garbage, count: 5)
            key.withUnsafeMutableBytes { buffer in
                var offset = 0
                ComparableFigures.write(nil, into: buffer, at: &offset)
            }
            written.append(key)
        }
        #expect(written[0] == written[1])
    }

    @Test func figuresWithoutAPlaceShareAGroupWhateverWasReadBeforeThem() throws {
        // a group key's NULL field was four bytes short of written, so two figures without a
        // place could fall into two groups, depending on the place of the figure read before
        let db = try TestPaths.scratch().appendingPathComponent("claims.db").path
        _ = try ClaimsDatabase.open(path: db, sources: try SeedVocabularies.builtIn().sources)
        try DatabaseQueue(path: db).write { db in
            let imf = try Int64.fetchOne(db, sql: "SELECT id FROM sources WHERE key = 'IMF'") ?? 0
            for (id, place) in [(Int64(1), nil), (2, "a place with a long name"), (3, nil), (4, "UA"), (5, nil)] as [(Int64, String?)] {
                try db.execute(sql: """
                    INSERT INTO articles(id, sha256, title, published, format, origin, body) VALUES (?, ?, ?, '2024-01-10', 'text', 'test', 'x')
                    """, arguments: [id, String(repeating: "\(id)", count: 64), "Article \(id)"])
                try db.execute(sql: "INSERT INTO claims(id, article_id, ordinal, text, char_start, char_end) VALUES (?, ?, 0, ?, 0, 1)",
                               arguments: [id, id, "Claim \(id)."])
                try db.execute(sql: "INSERT INTO claim_sources(claim_id, source_id, role, text) VALUES (?, ?, 'attributed', 'the IMF')",
                               arguments: [id, imf])
                try db.execute(sql: """
                    INSERT INTO figures(claim_id, text, value, low, high, unit, qualifier, metric_key, place, period_start, period_end,
                                        char_start, char_end)
                    VALUES (?, '3 percent', 3, 2.95, 3.05, 'percent', 'exact', 'gdp_growth', ?, '2024', '2024', 0, 1)
                    """, arguments: [id, place])
            }
        }
        // in this process, where the stack holds what the tests before left there
        let rows = try ClaimsDatabase.openReadOnly(path: db).crossReference(CrossReferenceFilter()).rows
        let pairs = rows.map { row in Array(row.suffix(2)) }
        #expect(pairs == [[.integer(1), .integer(3)], [.integer(1), .integer(5)], [.integer(3), .integer(5)]])
    }
}
