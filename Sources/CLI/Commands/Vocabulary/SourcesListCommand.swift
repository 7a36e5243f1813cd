import ArgumentParser

/// `claimsdb sources list`: the registry, with aliases and citation counts.
struct SourcesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the known sources, their aliases and how often claims cite them.",
        discussion: """
            origin is seed for the built-in registry and user for sources you added.
            With --discovered: the organisations and people ingest found citing claims that no one curated,
            most cited first, with their kind and the names they were read under. Adopt the real ones with
            `claimsdb sources adopt KEY`.
            Examples:
              claimsdb sources
              claimsdb sources list --format csv
              claimsdb sources --discovered --min 20
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Flag(help: "List the sources found in the text, which no one curated.")
    var discovered = false

    @Option(help: "With --discovered: only sources attributed at least this many claims (default 1).")
    var min: Int?

    @Option(help: "With --discovered: at most this many sources.")
    var limit: Int?

    func validate() throws {
        if !discovered && (min != nil || limit != nil) { throw ValidationError("--min and --limit go with --discovered") }
        if let min, min < 1 { throw ValidationError("--min must be at least 1") }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let store = try database.openForReading()
        output.print(discovered ? try store.discoveredSources(minimum: min ?? 1, limit: limit) : try store.sources())
    }
}
