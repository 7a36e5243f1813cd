import Foundation
import Testing

/// `xref`, `stances --changes`, `show` and the views, on short dated articles written for the test.
@Suite(.serialized) struct CrossReferenceTests {
    let db: String

    init() throws {
        db = try TestPaths.scratch().appendingPathComponent("claims.db").path
        let run = try CLI.run(["ingest", "--db", db, TestPaths.fixture("xref").path])
        #expect(run.status == 0, "\(run.stderr)")
    }

    private func json(_ arguments: [String]) throws -> [[String: Any]] {
        let run = try CLI.run(arguments + ["--db", db, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        return try CLI.json(run.stdout) as? [[String: Any]] ?? []
    }

    private func relation(_ rows: [[String: Any]], _ first: String, _ second: String) -> String? {
        rows.first { row in
            let texts = [row["figure_a"] as? String ?? "", row["figure_b"] as? String ?? ""]
            return texts.contains(first) && texts.contains(second)
        }?["relation"] as? String
    }

    @Test func imfForecastsThatDisagreeConflictAndHedgedOnesCorroborate() throws {
        let rows = try json(["xref", "--source", "IMF"])
        #expect(relation(rows, "3.2 percent", "4.5 percent") == "conflict")
        #expect(relation(rows, "3.2 percent", "about 3.3 percent") == "corroboration")
        #expect(rows.first?["relation"] as? String == "conflict")
    }

    @Test func moreThanMeetsALargerNumberAndNotASmallerOne() throws {
        let rows = try json(["xref", "--source", "World Bank"])
        #expect(relation(rows, "more than 23 billion dollars", "25 billion dollars") == "corroboration")
        #expect(relation(rows, "more than 23 billion dollars", "20 billion dollars") == "conflict")
    }

    @Test func everyRowCarriesBothSides() throws {
        let row = try #require(try json(["xref", "--conflicts", "--limit", "1"]).first)
        for side in ["a", "b"] {
            for field in ["value", "low", "high", "qualifier", "sentence", "title", "url", "published"] {
                #expect(row.keys.contains("\(field)_\(side)"), "\(field)_\(side)")
            }
        }
        for field in ["relation", "source", "metric_key", "unit"] { #expect(row.keys.contains(field)) }
    }

    @Test func rowsWrittenAsTheyComeMatchTheCollectedJSON() throws {
        // CSV, TSV and JSON Lines are written row by row as xref makes them; JSON is written
        // from every row at once. Each must carry the same rows, in the same order.
        let reference = try json(["xref"])
        #expect(reference.count > 3)
        let columns = try #require(try Self.run(["xref", "--format", "csv"], db: db).split(separator: "\n").first)
            .split(separator: ",").map(String.init)
        func same(_ cells: [[String]], _ format: String) {
            #expect(cells.first == columns, "\(format)")
            #expect(cells.count == reference.count + 1, "\(format)")
            for (row, object) in zip(cells.dropFirst(), reference) {
                for (column, cell) in zip(columns, row) {
                    switch object[column] {
                    case let number as NSNumber: #expect(Double(cell) == number.doubleValue, "\(format) \(column)")
                    case let text as String: #expect(cell == text.replacingOccurrences(of: "\n", with: format == "tsv" ? " " : "\n"), "\(format) \(column)")
                    default: #expect(cell == "", "\(format) \(column)")
                    }
                }
            }
        }
        same(try OutputFormatTests.csv(try Self.run(["xref", "--format", "csv"], db: db)), "csv")
        same(try Self.run(["xref", "--format", "tsv"], db: db).split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }, "tsv")
        let lines = try Self.run(["xref", "--format", "jsonl"], db: db).split(separator: "\n")
        let objects = try lines.map { try CLI.json(String($0)) as? NSDictionary }
        #expect(objects == reference.map { $0 as NSDictionary })
    }

    private static func run(_ arguments: [String], db: String) throws -> String {
        let run = try CLI.run(arguments + ["--db", db])
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout
    }

    @Test func unsourcedFiguresAreListed() throws {
        let rows = try json(["xref", "--unsourced", "--min", "1e9"])
        #expect(rows.map { $0["figure"] as? String } == ["411 billion dollars"])
    }

    @Test func theCommandAndTheViewsAgree() throws {
        let cli = try json(["xref"]).map { "\($0["figure_id_a"] ?? "") \($0["figure_id_b"] ?? "") \($0["relation"] ?? "")" }.sorted()
        let views = try json(["sql", """
            SELECT figure_a, figure_b, 'conflict' AS relation FROM figure_conflicts
            UNION ALL SELECT figure_a, figure_b, 'corroboration' FROM figure_corroborations
            """]).map { "\($0["figure_a"] ?? "") \($0["figure_b"] ?? "") \($0["relation"] ?? "")" }.sorted()
        #expect(cli == views)
        #expect(!cli.isEmpty)
    }

    @Test func aWiderToleranceTurnsAConflictIntoCorroboration() throws {
        let wide = try json(["xref", "--source", "IMF", "--tolerance", "0.5"])
        #expect(relation(wide, "about 3.3 percent", "4.5 percent") == "corroboration")
        let narrow = try json(["xref", "--source", "IMF"])
        #expect(relation(narrow, "about 3.3 percent", "4.5 percent") == "conflict")
    }

    @Test func stanceChangesAreListedInDateOrder() throws {
        let rows = try json(["stances", "--changes"])
        let change = try #require(rows.first)
        #expect(change["actor"] as? String == "Poland")
        #expect(change["polarity_before"] as? String == "support")
        #expect(change["polarity_after"] as? String == "oppose")
        #expect(change["published_before"] as? String == "2025-03-10")
    }

    @Test func showGivesTheClaimWhole() throws {
        let claim = try #require(try json(["find", "--source", "IMF", "--limit", "1"]).first?["claim_id"] as? Int)
        let run = try CLI.run(["show", String(claim), "--db", db, "--format", "json"])
        #expect(run.status == 0)
        let object = try #require(try CLI.json(run.stdout) as? [String: Any])
        #expect((object["sentence"] as? String)?.contains("The IMF projects") == true)
        #expect(object["paragraph"] as? String == object["sentence"] as? String)
        #expect((object["sources"] as? [[String: Any]])?.first?["role"] as? String == "attributed")
        #expect((object["figures"] as? [[String: Any]])?.count == 1)
        #expect(object["published"] as? String != nil)
        let missing = try CLI.run(["show", "9999", "--db", db])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no claim 9999"))
    }

    @Test func fullTextSearchHighlightsAndRejectsBrokenSyntaxClearly() throws {
        let rows = try json(["find", "--text", "growth AND IMF", "--sort", "rank"])
        #expect(rows.count == 3)
        #expect((rows.first?["snippet"] as? String)?.contains("[growth]") == true)
        let broken = try CLI.run(["find", "--text", "growth AND (", "--db", db])
        #expect(broken.status == 1)
        #expect(broken.stderr.hasPrefix("claimsdb: --text growth AND (: not FTS5 query syntax (fts5: syntax error"))
        let quoted = try json(["find", "--text", "\"economic growth\"", "--place", "UA"])
        #expect(quoted.count == 3)
    }

    @Test func findValuesAreBoundNotSpliced() throws {
        for hostile in ["IMF' OR 1=1 --", "%", "_", "\"; DROP TABLE claims; --"] {
            let run = try CLI.run(["find", "--source", hostile, "--db", db])
            #expect(run.status == 1)
            #expect(run.stderr.contains("unknown source"))
            let byActor = try CLI.run(["find", "--actor", hostile, "--db", db, "--format", "json"])
            #expect(byActor.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        }
        #expect(try json(["sql", "SELECT count(*) AS n FROM claims"]).first?["n"] as? Int ?? 0 > 0)
    }

    @Test func adjacentFiscalYearsAndChangesAgainstLevelsAreNotCompared() throws {
        let folder = try TestPaths.scratch()
        let other = folder.appendingPathComponent("claims.db").path
        let articles = [
            ("a.md", "1987-04-09", "The USDA projected Argentine 1985/86 wheat exports at 9.43 mln tonnes."),
            ("b.md", "1987-04-09", "The USDA projected Argentine 1986/87 wheat exports at 6.60 mln tonnes."),
            ("c.md", "1987-03-05", "The Bank of England said it gave the market a further 20 mln stg of assistance."),
            ("d.md", "1987-03-05", "The Bank of England said it gave the market 206 mln stg of assistance."),
        ]
        for (name, date, sentence) in articles {
            try Data("---\ntitle: \(name)\ndate: \(date)\n---\n\(sentence)\n".utf8).write(to: folder.appendingPathComponent(name))
        }
        #expect(try CLI.run(["ingest", "--db", other, folder.path]).status == 0)
        let run = try CLI.run(["xref", "--db", other, "--format", "json"])
        #expect(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]", "\(run.stdout)")
    }
}
