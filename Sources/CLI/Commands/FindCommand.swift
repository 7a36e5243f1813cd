import ArgumentParser
import ClaimsStore

/// `claimsdb find`: claims by source, metric, unit, value, text and date.
struct FindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Find claims, one row per claim and figure.",
        discussion: """
            Examples:
              claimsdb find --source IMF
              claimsdb find --source "International Monetary Fund" --format json
              claimsdb find --metric gdp_growth --unit percent --since 2024-01-01
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Claims attributed to this source (key or alias, any case).")
    var source: String?

    @Option(help: "Claims that name this source, attributed or only mentioned.")
    var mentions: String?

    @Option(help: "Figures with this metric key (gdp_growth, military_aid; see seeds/metrics.json).")
    var metric: String?

    @Option(help: "Claims with a stance by this actor: a name (Russia, critics) or an ISO code (RU).")
    var actor: String?

    @Option(help: "Figures in this unit (USD, percent, count, ...).")
    var unit: String?

    @Option(help: "Figures whose value is at least this.")
    var min: Double?

    @Option(help: "Figures whose value is at most this.")
    var max: Double?

    @Option(help: "Full-text search over the sentences (FTS5 query syntax).")
    var text: String?

    @Option(help: "Articles published on or after this date (YYYY-MM-DD).")
    var since: String?

    @Option(help: "Articles published before this date (YYYY-MM-DD).")
    var until: String?

    @Option(help: "Claims of this article id.")
    var article: Int64?

    @Option(help: "At most this many rows.")
    var limit: Int?

    func run() throws {
        let filter = ClaimFilter(source: source, mentions: mentions, metric: metric, actor: actor, unit: unit, minimum: min, maximum: max,
                                 text: text, since: since, until: until, article: article, limit: limit)
        output.print(try database.openForReading().find(filter))
    }
}
