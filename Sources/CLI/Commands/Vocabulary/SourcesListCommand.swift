import ArgumentParser

/// `claimsdb sources list`: the registry, with aliases and citation counts.
struct SourcesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the known sources, their aliases and how often claims cite them.",
        discussion: """
            origin is seed for the built-in registry and user for sources you added.
            Examples:
              claimsdb sources
              claimsdb sources list --format csv
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        output.print(try database.openForReading().sources())
    }
}
