import ArgumentParser

/// `claimsdb sources`: the registry, and the sources a user adds to it.
struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the known sources, or the ones found in the text; add or adopt your own.",
        discussion: """
            The built-in registry comes from seeds/sources.json; sources you add live in the database and are
            used by the next ingest (run `claimsdb reextract` to apply them to articles already stored).
            Examples:
              claimsdb sources --format csv
              claimsdb sources add KIEL --name "Kiel Institute for the World Economy" --kind agency --alias "Kiel Institute"
              claimsdb sources import my-sources.csv
              claimsdb sources --discovered --min 20
              claimsdb sources adopt CONFEDERATION_OF_BRITISH_INDUSTRY
            """,
        subcommands: [SourcesListCommand.self, SourcesAddCommand.self, SourcesImportCommand.self, SourcesAdoptCommand.self],
        defaultSubcommand: SourcesListCommand.self)
}
