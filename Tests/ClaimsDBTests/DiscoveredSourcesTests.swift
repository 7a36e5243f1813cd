import Foundation
import Testing

/// Sources ingest finds in the text: stored as discovered (not curated) sources, listed by
/// citations, found by `find --source` under any name they were read under, and adopted.
@Suite(.serialized) struct DiscoveredSourcesTests {
    let database: ScratchDatabase
    let article = TestPaths.fixture("attribution/harbour-report.txt").path

    init() throws {
        database = try ScratchDatabase()
    }

    @discardableResult
    private func run(_ arguments: [String], status: Int32 = 0) throws -> CLIRun { try database.run(arguments, status: status) }

    private func rows(_ arguments: [String]) throws -> [[String: Any]] { try database.rows(arguments) }

    @Test func organisationsAndPeopleAnArticleCitesAreListedAsDiscovered() throws {
        try run(["ingest", article])
        let discovered = try rows(["sources", "--discovered"])
        let byKey = Dictionary(uniqueKeysWithValues: discovered.compactMap { row in (row["key"] as? String).map { ($0, row) } })
        #expect(byKey["CCS"]?["name"] as? String == "Confederation of Coastal Shippers")
        #expect(byKey["CCS"]?["kind"] as? String == "industry_group")
        #expect(byKey["NORTHWIND_FREIGHT"]?["kind"] as? String == "company")
        #expect(byKey["ANNA_MEYER"]?["kind"] as? String == "person")
        #expect(byKey["HARBOUR_AUTHORITY"]?["kind"] as? String == "agency")
        // most cited first, and never the registry's
        let counts = discovered.compactMap { $0["attributed"] as? Int }
        #expect(counts == counts.sorted(by: >))
        #expect(try rows(["sources"]).allSatisfy { $0["origin"] as? String != "discovered" })
    }

    @Test func minKeepsTheOftenCited() throws {
        try run(["ingest", article])
        let often = try rows(["sources", "--discovered", "--min", "2"])
        #expect(!often.isEmpty)
        #expect(often.allSatisfy { ($0["attributed"] as? Int ?? 0) >= 2 })
        #expect(try run(["sources", "--min", "2"], status: 2).stderr.contains("--discovered"))
    }

    @Test func findTakesADiscoveredSourceByKeyOrByName() throws {
        try run(["ingest", article])
        // the acronym, the full name, and "the Coastal Shippers' survey" that stands for it
        let byKey = try rows(["find", "--source", "CCS"]).compactMap { $0["sentence"] as? String }
        #expect(byKey.count == 3)
        #expect(try rows(["find", "--source", "Confederation of Coastal Shippers"]).compactMap { $0["sentence"] as? String } == byKey)
        let speaker = try rows(["find", "--source", "Anna Meyer"]).compactMap { $0["sentence"] as? String }
        #expect(speaker.count == 2)
        #expect(speaker.last == "\"Every empty berth costs us money.\"")
    }

    @Test func anAdoptedSourceIsCuratedAndKeepsItsClaims() throws {
        try run(["ingest", article])
        let before = try rows(["find", "--source", "HARBOUR_AUTHORITY"]).count
        try run(["sources", "adopt", "harbour_authority"])
        let listed = try #require(try rows(["sources"]).first { $0["key"] as? String == "HARBOUR_AUTHORITY" })
        #expect(listed["origin"] as? String == "user")
        #expect(try rows(["sources", "--discovered"]).allSatisfy { $0["key"] as? String != "HARBOUR_AUTHORITY" })
        #expect(try rows(["find", "--source", "HARBOUR_AUTHORITY"]).count == before)
        #expect(try run(["sources", "adopt", "NO_SUCH_SOURCE"], status: 1).stderr.contains("no discovered source 'NO_SUCH_SOURCE'"))
    }

    @Test func aDiscoveredSourcesFiguresPairOnlyOnceItIsAdopted() throws {
        let wires = try TestPaths.scratch().appendingPathComponent("traffic.jsonl")
        try """
            {"title": "Traffic", "published": "2026-03-02", "text": "The Harbour Authority said port traffic would total 2.1 million containers in 2027."}
            {"title": "Traffic again", "published": "2026-03-09", "text": "Port traffic will reach 2.1 million containers in 2027, the Harbour Authority said on Monday."}

            """.write(to: wires, atomically: true, encoding: .utf8)
        try run(["ingest", wires.path])
        let pairs = "SELECT count(*) AS n FROM figure_pairs WHERE source_a = 'HARBOUR_AUTHORITY'"
        #expect(try rows(["sql", pairs]).first?["n"] as? Int == 0)
        #expect(try rows(["xref"]).isEmpty)
        try run(["sources", "adopt", "HARBOUR_AUTHORITY"])
        #expect(try rows(["sql", pairs]).first?["n"] as? Int ?? 0 > 0)
        #expect(try rows(["xref"]).map { $0["relation"] as? String } == ["corroboration"])
    }

    @Test func unsourcedMeansNobodyInTheTextIsCitedForTheFigure() throws {
        try run(["ingest", article])
        let unsourced = try rows(["xref", "--unsourced"]).compactMap { $0["sentence"] as? String }
        #expect(unsourced == ["Dock workers at the port earn about 30 dlrs an hour."])
    }
}
