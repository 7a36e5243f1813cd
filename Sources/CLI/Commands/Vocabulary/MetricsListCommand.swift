import ArgumentParser

/// `claimsdb metrics list`: metric keys and their phrases, built-in and added; with
/// `--discovered`, the open keys stored figures carry, to adopt the common ones.
struct MetricsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the metric keys and their phrases, or the open keys figures were given.",
        discussion: """
            One row per key and origin (seed: built in; user: added to this database).
            With --discovered: the open keys of stored figures (quantities no key names, keyed by their own
            words: "housing starts" is housing_starts), most common first, with how many figures and articles
            carry each and the phrase most were read from. To adopt one, give it phrases and re-extract:
              claimsdb metrics add housing_starts --phrase "housing starts"
              claimsdb reextract
            (or add its phrases to an existing key: claimsdb metrics add inflation --phrase "price rises").
            Examples:
              claimsdb metrics
              claimsdb metrics list --format json
              claimsdb metrics --discovered --min 20
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Flag(help: "List the open keys of stored figures, which no vocabulary key names yet.")
    var discovered = false

    @Option(help: "With --discovered: only keys carried by at least this many figures (default 2).")
    var min: Int?

    @Option(help: "With --discovered: at most this many keys.")
    var limit: Int?

    func validate() throws {
        if !discovered && (min != nil || limit != nil) { throw ValidationError("--min and --limit go with --discovered") }
        if let min, min < 1 { throw ValidationError("--min must be at least 1") }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let store = try database.openForReading()
        output.print(discovered ? try store.discoveredMetrics(minimum: min ?? 2, limit: limit) : try store.metricVocabulary())
    }
}
