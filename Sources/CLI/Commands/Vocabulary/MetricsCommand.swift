import ArgumentParser

/// `claimsdb metrics`: the metric vocabulary, and the synonyms a user adds to it.
struct MetricsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "List the metric keys and the phrases that name them, or add your own.",
        discussion: """
            A figure's metric_key is the key whose phrase ends what the figure measures: "growth of 3.2 percent"
            is gdp_growth. Where no key fits, the figure gets an open key made from its phrase ("housing starts"
            is housing_starts, metric_key_open 1), so it still compares with figures of the same words.
            Phrases you add live in the database, win over the built-in ones (seeds/metrics.json)
            and are used by the next ingest (run `claimsdb reextract` to apply them to articles already stored).
            To adopt an open key: `claimsdb metrics --discovered` lists the common ones; `claimsdb metrics add
            KEY --phrase ...` makes one a key (or adds its phrase to a known key); `claimsdb reextract` re-keys.
            Examples:
              claimsdb metrics
              claimsdb metrics --discovered --min 20
              claimsdb metrics add housing_starts --phrase "housing starts"
              claimsdb metrics add inflation --phrase "headline inflation" --phrase "price growth"
              claimsdb metrics import my-metrics.csv
            """,
        subcommands: [MetricsListCommand.self, MetricsAddCommand.self, MetricsImportCommand.self],
        defaultSubcommand: MetricsListCommand.self)
}
