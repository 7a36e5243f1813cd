import ArgumentParser

/// `claimsdb sources`: the registry, with aliases and citation counts.
struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the known sources, their aliases and how often claims cite them.",
        discussion: "Example: claimsdb sources --format csv")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        output.print(try database.openForReading().sources())
    }
}
