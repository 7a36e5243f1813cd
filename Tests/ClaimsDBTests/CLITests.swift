import Foundation
import Testing

/// The real binary, end to end, on databases in temporary folders.
@Suite(.serialized) struct CLITests {
    let folder: URL
    let db: String

    init() throws {
        folder = try TestPaths.scratch()
        db = folder.appendingPathComponent("claims.db").path
    }

    private func ingestSeed() throws {
        let run = try CLI.run(["ingest", "--db", db, TestPaths.root.appendingPathComponent("seeds/articles").path])
        #expect(run.status == 0, "\(run.stderr)")
    }

    private func rows(_ arguments: [String]) throws -> [[String: Any]] {
        let run = try CLI.run(arguments + ["--db", db, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        return try CLI.json(run.stdout) as? [[String: Any]] ?? []
    }

    @Test func findBySourcePrintsTheIMFGrowthFigure() throws {
        try ingestSeed()
        let found = try rows(["find", "--source", "IMF"])
        let growth = try #require(found.first { ($0["figure"] as? String) != nil })
        #expect(growth["value"] as? Double == 3.2)
        #expect(growth["unit"] as? String == "percent")
        #expect(growth["qualifier"] as? String == "approximately")
        #expect(growth["period_start"] as? String == "2024")
    }

    @Test func anIngestLeavesTheLogCopiedAndRemoved() throws {
        // the background checkpointer's connection closes before the writer's, so the
        // writer's close copies what is left and removes the log
        let lines = (1...300).map { "{\"title\": \"Note \($0)\", \"text\": \"The IMF said growth was \($0 % 9) pct in 2024.\"}" }
        let dump = folder.appendingPathComponent("notes.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: dump)
        let run = try CLI.run(["ingest", "--db", db, dump.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: db + "-wal"))
        #expect(try rows(["sql", "SELECT count(*) AS n FROM claims"]).first?["n"] as? Int == 300)
    }

    @Test func figureFiltersIgnoreTheCaseOfUnitsAndKeepOnlyClaimsWithFigures() throws {
        try ingestSeed()
        for unit in ["usd", "USD", "Usd"] {
            let found = try rows(["find", "--unit", unit])
            #expect(found.count == 2, "\(unit)")
            #expect(found.allSatisfy { $0["unit"] as? String == "USD" })
        }
        let percent = try rows(["find", "--unit", "PERCENT", "--sort", "value"])
        #expect(percent.map { $0["value"] as? Double } == [3.2])
    }

    @Test func aSearchWithALimitIsTheTopOfTheWholeRanking() throws {
        try ingestSeed()
        let all = try rows(["find", "--text", "NATO OR aid OR growth"])
        #expect(all.count > 4)
        for limit in [1, 3, 4] {
            let top = try rows(["find", "--text", "NATO OR aid OR growth", "--limit", String(limit)])
            #expect(top.map { $0["claim_id"] as? Int } == all.prefix(limit).map { $0["claim_id"] as? Int })
            #expect(top.map { $0["snippet"] as? String } == all.prefix(limit).map { $0["snippet"] as? String })
        }
    }

    @Test func anAliasFindsExactlyWhatTheKeyFinds() throws {
        try ingestSeed()
        let byKey = try CLI.run(["find", "--source", "IMF", "--db", db, "--format", "json"])
        let byAlias = try CLI.run(["find", "--source", "International Monetary Fund", "--db", db, "--format", "json"])
        #expect(byKey.stdout == byAlias.stdout)
        #expect(!byKey.stdout.isEmpty)
    }

    @Test func findNATOReturnsTheAttributedClaimNotTheMention() throws {
        try ingestSeed()
        let sentences = try rows(["find", "--source", "Nato"]).compactMap { $0["sentence"] as? String }
        #expect(sentences.contains { $0.contains("invoked once") })
        #expect(!sentences.contains { $0.contains("Reports suggest") })
        let mentions = try rows(["find", "--mentions", "NATO"]).compactMap { $0["sentence"] as? String }
        #expect(mentions.contains { $0.contains("Reports suggest") })
    }

    @Test func extractPrintsTheContractAndExactlyFourFigures() throws {
        let run = try CLI.run(["extract", "--format", "jsonl", TestPaths.seedArticle.path])
        #expect(run.status == 0)
        let objects = try run.stdout.split(separator: "\n").map { try CLI.json(String($0)) as? [String: Any] ?? [:] }
        let figures = objects.flatMap { $0["figures"] as? [[String: Any]] ?? [] }
        #expect(figures.map { $0["text"] as? String ?? "" }.sorted()
                == ["around 3.2 percent", "more than 23 billion dollars", "once", "over 60 billion dollars"])
        for object in objects {
            #expect(Set(object.keys) == ["sentence", "start", "end", "sources", "figures", "stances"])
        }
        let fromStdin = try CLI.run(["extract", "-"], stdin: try Data(contentsOf: TestPaths.seedArticle))
        #expect(fromStdin.stdout == run.stdout)
    }

    @Test func extractSaysWhetherAFiguresMetricKeyIsOpen() throws {
        let run = try CLI.run(["extract", "-"], stdin: Data("Egg shipments rose 2 pct. Inflation rose to 5 pct.".utf8))
        #expect(run.status == 0)
        let objects = try run.stdout.split(separator: "\n").map { try CLI.json(String($0)) as? [String: Any] ?? [:] }
        let figures = objects.flatMap { $0["figures"] as? [[String: Any]] ?? [] }
        #expect(figures.map { $0["metric_key"] as? String } == ["egg_shipments", "inflation"])
        #expect(figures.map { $0["metric_key_open"] as? Bool } == [true, false])
    }

    @Test func reIngestingTheSameContentStoresItOnce() throws {
        try ingestSeed()
        let again = try CLI.run(["ingest", "--db", db, TestPaths.seedArticle.path])
        #expect(again.status == 0)
        #expect(again.stderr.contains("1 article read: added 0, identical 0 (text stored once), skipped 1 (already stored)"))
        let count = try rows(["sql", "SELECT count(*) AS n FROM articles"])
        #expect(count.first?["n"] as? Int == 1)
    }

    @Test func databasePathComesFromTheEnvironmentWhenNoFlag() throws {
        let run = try CLI.run(["ingest", TestPaths.seedArticle.path], environment: ["CLAIMSDB_PATH": db])
        #expect(run.status == 0)
        #expect(FileManager.default.fileExists(atPath: db))
        let local = try CLI.run(["init"], in: folder)
        #expect(local.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("claims.db").path))
    }

    @Test func figuresPerSourceByTheREADMEQuery() throws {
        try ingestSeed()
        let result = try rows(["sql", "SELECT source, count(*) AS figures FROM figure_details WHERE source IS NOT NULL GROUP BY source ORDER BY source"])
        let counts = Dictionary(uniqueKeysWithValues: result.map { ($0["source"] as? String ?? "", $0["figures"] as? Int ?? 0) })
        #expect(counts == ["DOD": 1, "IMF": 1, "NATO": 1, "WORLD_BANK": 1])
    }

    @Test func badInputsFailOneLineEachAndTheRestIsStored() throws {
        let inputs = folder.appendingPathComponent("inputs")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try Data([0x00, 0x01, 0x02, 0xFF]).write(to: inputs.appendingPathComponent("binary.txt"))
        try Data().write(to: inputs.appendingPathComponent("empty.txt"))
        try Data(Array("The IMF said growth was 3 pct in Z".utf8) + [0xFC] + Array("rich.\n".utf8)).write(to: inputs.appendingPathComponent("invalid.txt"))
        try FileManager.default.copyItem(at: TestPaths.seedArticle, to: inputs.appendingPathComponent("good.txt"))
        let run = try CLI.run(["ingest", "--db", db, inputs.path])
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n").filter { !$0.contains(" read: added") }
        #expect(lines.count == 3, "\(run.stderr)")
        #expect(lines.contains { $0.contains("binary.txt") && $0.contains("binary") })
        #expect(lines.contains { $0.contains("empty.txt") && $0.contains("empty") })
        // not UTF-8: read as Windows-1252, stored, and said
        #expect(lines.contains { $0.contains("invalid.txt") && $0.contains("warning: not UTF-8") })
        let count = try rows(["sql", "SELECT count(*) AS n FROM articles"])
        #expect(count.first?["n"] as? Int == 2)
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try CLI.run(["find", "--nonsense"]).status == 2)
        #expect(try CLI.run(["ingest", "--db", db]).status == 2)
    }

    @Test func queryingAMissingDatabaseSaysHowToCreateOne() throws {
        let run = try CLI.run(["find", "--source", "IMF", "--db", folder.appendingPathComponent("none.db").path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("claimsdb init"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("none.db").path))
    }

    @Test func unknownSourceIsAClearError() throws {
        try ingestSeed()
        let run = try CLI.run(["find", "--source", "Nobody At All", "--db", db])
        #expect(run.status == 1)
        #expect(run.stderr.contains("unknown source"))
    }

    @Test func everyFormatCarriesTheSameRows() throws {
        try ingestSeed()
        let json = try rows(["find", "--source", "WORLD_BANK"])
        for format in ["csv", "tsv", "markdown", "table", "jsonl"] {
            let run = try CLI.run(["find", "--source", "WORLD_BANK", "--db", db, "--format", format])
            #expect(run.status == 0)
            let lines = run.stdout.split(separator: "\n")
            let header = format == "jsonl" ? 0 : (format == "csv" || format == "tsv" ? 1 : 2)
            #expect(lines.count == json.count + header, "\(format)")
        }
    }

    @Test func stancesOnTheSeedShowWhoStandsWhere() throws {
        try ingestSeed()
        let matrix = try rows(["stances"])
        func has(_ actor: String, _ polarity: String, _ qualifier: String? = nil) -> Bool {
            matrix.contains { row in
                row["actor"] as? String == actor && row["polarity"] as? String == polarity
                    && (qualifier.map { (row["qualifier"] as? String ?? "").contains($0) } ?? true)
            }
        }
        #expect(has("Russia", "support", "conditional"))
        #expect(has("Germany", "support"))
        #expect(has("France", "support"))
        #expect(has("Poland", "oppose", "skeptical"))
        #expect(has("Baltic states", "oppose", "skeptical"))
        #expect(has("critics", "oppose"))
        #expect(has("European capitals", "neutral", "cautious"))
        let baltic = try rows(["stances", "--actor", "LV"])
        #expect(baltic.map { $0["actor"] as? String } == ["Baltic states"])
        let byActor = try rows(["find", "--actor", "critics"]).compactMap { $0["sentence"] as? String }
        #expect(byActor == ["Critics warn that the plan could weaken NATO’s credibility."])
    }
}
