import ArgumentParser

/// `claimsdb metrics list`: metric keys and their phrases, built-in and added.
struct MetricsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the metric keys and their phrases.",
        discussion: """
            One row per key and origin (seed: built in; user: added to this database).
            Examples:
              claimsdb metrics
              claimsdb metrics list --format json
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        output.print(try database.openForReading().metricVocabulary())
    }
}
