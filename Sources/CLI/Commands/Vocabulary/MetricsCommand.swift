import ArgumentParser

/// `claimsdb metrics`: the metric vocabulary, and the synonyms a user adds to it.
struct MetricsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "List the metric keys and the phrases that name them, or add your own.",
        discussion: """
            A figure's metric_key is the key whose phrase ends what the figure measures: "growth of 3.2 percent"
            is gdp_growth. Phrases you add live in the database, win over the built-in ones (seeds/metrics.json)
            and are used by the next ingest (run `claimsdb reextract` to apply them to articles already stored).
            Examples:
              claimsdb metrics
              claimsdb metrics add inflation --phrase "headline inflation" --phrase "price growth"
              claimsdb metrics import my-metrics.csv
            """,
        subcommands: [MetricsListCommand.self, MetricsAddCommand.self, MetricsImportCommand.self],
        defaultSubcommand: MetricsListCommand.self)
}
