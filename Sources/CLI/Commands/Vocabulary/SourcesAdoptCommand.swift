import ArgumentParser

/// `claimsdb sources adopt KEY`: makes a source ingest found in the text a curated one.
struct SourcesAdoptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adopt",
        abstract: "Make a discovered source (one ingest found in the text) a source of your own.",
        discussion: """
            The source keeps its claims and the names it was read under; from now on it is listed with the
            registry and matched by name at ingest like a source you added. `claimsdb sources --discovered`
            lists the discovered ones.
            Examples:
              claimsdb sources adopt CONFEDERATION_OF_BRITISH_INDUSTRY
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The key of a discovered source.")
    var key: String

    func run() throws {
        try database.openForWriting().adoptSource(key)
        print("adopted \(key.uppercased())")
    }
}
