import ClaimsSeeds
import ClaimsStore
import Foundation
import Testing

/// Sources, metric phrases and actors added to a database without recompiling.
@Suite(.serialized) struct VocabularyTests {
    let database: ScratchDatabase
    let article = TestPaths.fixture("vocabulary/aid-tracker.txt").path

    init() throws {
        database = try ScratchDatabase()
    }

    @discardableResult
    private func run(_ arguments: [String], status: Int32 = 0) throws -> CLIRun { try database.run(arguments, status: status) }

    private func rows(_ arguments: [String]) throws -> [[String: Any]] { try database.rows(arguments) }

    private func kielClaims(_ source: String) throws -> [String] {
        try rows(["find", "--source", source]).compactMap { $0["sentence"] as? String }
    }

    @Test func aSourceAddedIsFoundInANewArticleByKeyAndByName() throws {
        try run(["sources", "add", "KIEL", "--name", "Kiel Institute for the World Economy", "--kind", "agency", "--alias", "Kiel Institute"])
        try run(["ingest", article])
        let byKey = try kielClaims("KIEL")
        #expect(byKey.count == 1)
        #expect(byKey.first?.hasPrefix("According to the Kiel Institute") == true)
        #expect(try kielClaims("Kiel Institute for the World Economy") == byKey)
        #expect(try kielClaims("kiel institute") == byKey)
        let listed = try #require(try rows(["sources"]).first { $0["key"] as? String == "KIEL" })
        #expect(listed["origin"] as? String == "user")
        #expect(listed["attributed"] as? Int == 1)
    }

    @Test func reextractAppliesASourceAddedAfterIngest() throws {
        try run(["ingest", article])
        #expect(try run(["find", "--source", "IfW Kiel"], status: 1).stderr.contains("unknown source"))
        try run(["sources", "import", TestPaths.fixture("vocabulary/sources.csv").path])
        #expect(try kielClaims("IfW Kiel").isEmpty)
        try run(["reextract", "--quiet"])
        #expect(try kielClaims("IfW Kiel").count == 1)
    }

    @Test func aMetricPhraseAddedGivesFiguresItsKey() throws {
        try run(["ingest", article])
        #expect(try rows(["find", "--metric", "military_aid"]).isEmpty)
        try run(["metrics", "import", TestPaths.fixture("vocabulary/metrics.json").path])
        try run(["reextract", "--quiet"])
        let found = try rows(["find", "--metric", "military_aid"])
        #expect(found.map { $0["figure"] as? String } == ["more than 40 billion dollars"])
        let listed = try rows(["metrics"]).filter { $0["metric_key"] as? String == "military_aid" }
        #expect(listed.contains { $0["origin"] as? String == "user" && $0["phrases"] as? String == "headline military support" })
    }

    @Test func actorsAddedTakeSides() throws {
        try run(["actors", "import", TestPaths.fixture("vocabulary/actors.json").path])
        try run(["ingest", article])
        let stances = try rows(["stances"])
        let union = try #require(stances.first { $0["actor"] as? String == "union leaders" })
        #expect(union["polarity"] as? String == "oppose")
        let rutte = try #require(stances.first { $0["actor"] as? String == "Mark Rutte" })
        #expect(rutte["polarity"] as? String == "support")
        #expect(rutte["actor_country"] as? String == "NL")
    }

    @Test func aFileWithABadLineAddsNothingAndNamesTheLine() throws {
        let path = TestPaths.fixture("vocabulary/bad-sources.csv").path
        let failed = try run(["sources", "import", path], status: 1)
        #expect(failed.stderr == "claimsdb: \(path):3: source key 'BAD KEY' may hold only letters A-Z, digits and _\n")
        #expect(try rows(["sources"]).allSatisfy { $0["key"] as? String != "KIEL" })
    }

    @Test func aSpreadsheetCSVWithByteOrderMarkAndCRLFImports() throws {
        let file = try TestPaths.scratch().appendingPathComponent("metrics.csv")
        try Data("\u{FEFF}metric_key,phrases\r\nmilitary_aid,\"headline military support; arms bill\"\r\n".utf8).write(to: file)
        try run(["metrics", "import", file.path])
        let listed = try rows(["metrics"]).first { $0["metric_key"] as? String == "military_aid" && $0["origin"] as? String == "user" }
        #expect(listed?["phrases"] as? String == "arms bill; headline military support")
    }

    @Test func aBuiltInSourceTakesAliasesButKeepsItsName() throws {
        try run(["sources", "add", "IMF", "--alias", "the Fund"])
        try run(["ingest", article])
        #expect(try kielClaims("the fund").contains("The Fund projects growth of 3 percent in 2025."))
        let refused = try run(["sources", "add", "IMF", "--name", "Fund"], status: 1)
        #expect(refused.stderr.contains("IMF is a built-in source"))
    }

    @Test func anAliasOfAnotherSourceIsRefused() throws {
        let refused = try run(["sources", "add", "KIEL", "--name", "Kiel", "--alias", "Pentagon"], status: 1)
        #expect(refused.stderr == "claimsdb: alias 'Pentagon' already names DOD\n")
        #expect(try rows(["sources"]).allSatisfy { $0["key"] as? String != "KIEL" })
    }

    @Test func badArgumentsAreUsageErrors() throws {
        #expect(try run(["sources", "add", "NEW KEY", "--name", "x"], status: 2).stderr.contains("may hold only letters"))
        #expect(try run(["actors", "add", "Someone", "--country", "Narnia"], status: 2).stderr.contains("ISO 3166"))
        #expect(try run(["metrics", "add", "inflation"], status: 2).stderr.contains("at least one phrase"))
    }

    @Test func userPhrasesMoveFromTheSeedKeyToTheUsers() throws {
        let seeds = try SeedVocabularies.builtIn()
        #expect(seeds.metrics.metrics["aid"]?.contains("foreign aid") == true)
        let merged = seeds.merging(UserVocabularies(metricSynonyms: ["foreign aid": "military_aid"]))
        #expect(merged.metrics.metrics["aid"]?.contains("foreign aid") == false)
        #expect(merged.metrics.metrics["military_aid"]?.contains("foreign aid") == true)
    }

    @Test func discoveredListsOpenKeysMostCommonFirstWithAnExamplePhrase() throws {
        try run(["ingest", TestPaths.fixture("vocabulary/poultry.txt").path])
        let all = try rows(["metrics", "--discovered", "--min", "1"])
        #expect(all.map { $0["metric_key"] as? String } == ["egg_shipments", "broiler_placements"])
        #expect(all.first?["figures"] as? Int == 2)
        #expect(all.first?["articles"] as? Int == 1)
        #expect(all.first?["example"] as? String == "egg shipments")
        #expect(try rows(["metrics", "--discovered"]).map { $0["metric_key"] as? String } == ["egg_shipments"])
    }

    @Test func anOpenKeyAdoptedLeavesTheDiscoveredListAndIsNoLongerOpen() throws {
        try run(["ingest", TestPaths.fixture("vocabulary/poultry.txt").path])
        try run(["metrics", "add", "egg_shipments", "--phrase", "egg shipments"])
        #expect(try rows(["metrics", "--discovered", "--min", "1"]).map { $0["metric_key"] as? String } == ["broiler_placements"])
        try run(["reextract", "--quiet"])
        let eggs = try rows(["sql", "SELECT metric_key_open FROM figures WHERE metric_key = 'egg_shipments'"])
        #expect(eggs.count == 2 && eggs.allSatisfy { $0["metric_key_open"] as? Int == 0 })
    }

    @Test func minAndLimitGoWithDiscovered() throws {
        #expect(try run(["metrics", "--min", "3"], status: 2).stderr.contains("--discovered"))
    }
}
