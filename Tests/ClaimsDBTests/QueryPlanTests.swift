import ClaimsStore
import Foundation
import Testing

/// Every `find` filter is served by an index: no plan reads a whole table of claims,
/// figures, sources or stances. (Articles may be walked in date order through their index;
/// that is how `LIMIT` stops early.)
@Suite struct QueryPlanTests {
    /// Built once for every test of the suite.
    static let shared = Result { try QueryPlanTests.build() }
    let database: ClaimsDatabase

    init() throws {
        database = try Self.shared.get()
    }

    private static func build() throws -> ClaimsDatabase {
        let folder = try TestPaths.scratch()
        let path = folder.appendingPathComponent("claims.db").path
        // enough IMF claims for `find` to walk articles in date order; NATO stays rare
        let lines = (1...2_100).map { "{\"title\": \"Outlook \($0)\", \"date\": \"2024-01-01\", \"text\": \"The IMF said growth was \($0 % 7) pct.\"}" }
        let dump = folder.appendingPathComponent("imf.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: dump)
        let run = try CLI.run(["ingest", "--db", path, TestPaths.root.appendingPathComponent("seeds/articles").path, dump.path])
        #expect(run.status == 0, "\(run.stderr)")
        return try ClaimsDatabase.openReadOnly(path: path)
    }

    static let filters: [(name: String, filter: ClaimFilter)] = {
        var filters: [(String, ClaimFilter)] = [
            ("none", ClaimFilter(limit: 20)),
            ("--source (common)", ClaimFilter(source: "IMF", limit: 20)),
            ("--source (rare)", ClaimFilter(source: "NATO", limit: 20)),
            ("--mentions", ClaimFilter(mentions: "NATO", limit: 20)),
            ("--metric", ClaimFilter(metric: "gdp_growth", limit: 20)),
            ("--actor", ClaimFilter(actor: "Germany", limit: 20)),
            ("--unit", ClaimFilter(unit: "percent", limit: 20)),
            ("--min --max", ClaimFilter(minimum: 1, maximum: 100, limit: 20)),
            ("--text", ClaimFilter(text: "growth", limit: 20)),
            ("--since --until", ClaimFilter(since: "2024-01-01", until: "2025-01-01", limit: 20)),
            ("--article", ClaimFilter(article: 1, limit: 20)),
            ("--metric --since", ClaimFilter(metric: "gdp_growth", since: "2020-01-01", limit: 20)),
        ]
        var place = ClaimFilter(limit: 20)
        place.place = "UA"
        filters.append(("--place", place))
        for sort in ClaimFilter.Sort.allCases {
            var sorted = ClaimFilter(source: "IMF", limit: 20)
            sorted.sort = sort
            filters.append(("--source --sort \(sort.rawValue)", sorted))
        }
        var ranked = ClaimFilter(text: "growth", limit: 20)
        ranked.sort = .rank
        filters.append(("--text --sort rank", ranked))
        return filters
    }()

    @Test(arguments: Self.filters.map(\.name))
    func noFilterReadsAWholeTable(_ name: String) throws {
        let filter = try #require(Self.filters.first { $0.name == name }?.filter)
        let plan = try database.findPlan(filter)
        #expect(!plan.isEmpty)
        for line in plan where line.hasPrefix("SCAN ") {
            let served = line.contains("INDEX articles_by_published") || line.contains("VIRTUAL TABLE INDEX")
                || line.hasPrefix("SCAN CONSTANT ROW") || line == "SCAN hits"  // the top matches, already cut to the limit
            #expect(served, "find \(name) scans a table: \(line)\n\(plan.joined(separator: "\n"))")
        }
    }

    @Test func walkingByDateReadsArticlesFirst() throws {
        // a common metric with a date: if figures were looked up by metric, articles would be
        // scanned by date once per figure or figures once per article (79 s on a million claims)
        for filter in [ClaimFilter(metric: "gdp_growth", since: "2020-01-01", limit: 20), ClaimFilter(source: "IMF", limit: 20)] {
            let plan = try database.findPlan(filter)
            #expect(plan.first?.contains("articles_by_published") == true, "\(plan.joined(separator: "\n"))")
            // then each article's claims, then each claim's figures
            let claims = plan.firstIndex { $0.contains("SEARCH c USING") && $0.contains("(article_id=?)") }
            let figures = plan.firstIndex { $0.contains("SEARCH f USING INDEX figures_by_claim") }
            #expect(claims != nil && figures != nil && claims ?? 0 < figures ?? 0, "\(plan.joined(separator: "\n"))")
        }
    }

    @Test func aUnitSortedByValueIsReadInIndexOrder() throws {
        // one stored spelling of the unit, however it is typed: the index on (unit, value)
        // gives the order, and LIMIT stops the walk instead of a sort of every such figure
        for typed in ["percent", "PERCENT"] {
            var filter = ClaimFilter(unit: typed, limit: 20)
            filter.sort = .value
            let plan = try database.findPlan(filter).joined(separator: "\n")
            #expect(plan.contains("figures_by_unit (unit=?)") && !plan.contains("USE TEMP B-TREE FOR ORDER BY"), "\(plan)")
            #expect(try database.find(filter).rows.count == 20)
        }
    }

    @Test func filtersOnSourcesAndStancesUseTheirIndexes() throws {
        // a common source is checked claim by claim while articles are read in date order
        let common = try database.findPlan(ClaimFilter(source: "IMF", limit: 20)).joined(separator: "\n")
        #expect(common.contains("articles_by_published") && common.contains("PRIMARY KEY (claim_id=? AND source_id=?)"), "\(common)")
        // a rare one is looked up first
        let rare = try database.findPlan(ClaimFilter(source: "NATO", limit: 20)).joined(separator: "\n")
        #expect(rare.contains("claim_sources_by_source") && !rare.contains("SCAN a"), "\(rare)")
        let actor = try database.findPlan(ClaimFilter(actor: "Germany", limit: 20)).joined(separator: "\n")
        #expect(actor.contains("stances_by_claim"), "\(actor)")
        let text = try database.findPlan(ClaimFilter(text: "growth", limit: 20)).joined(separator: "\n")
        #expect(text.contains("VIRTUAL TABLE INDEX"), "\(text)")
    }
}
