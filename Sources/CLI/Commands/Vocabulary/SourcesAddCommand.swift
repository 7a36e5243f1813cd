import ArgumentParser
import ClaimsStore

/// `claimsdb sources add KEY`: a source of your own, or more names for a known one.
struct SourcesAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a source (or aliases of a known one) to the database.",
        discussion: """
            A new KEY needs --name; the name is also an alias. For a built-in source only --alias can be given.
            Aliases of several words match in any case; single words match as written ("WHO" is not "who").
            Examples:
              claimsdb sources add KIEL --name "Kiel Institute for the World Economy" --kind agency --alias "Kiel Institute"
              claimsdb sources add IMF --alias "the Fund"
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Upper-case key: letters A-Z, digits and _.")
    var key: String

    @Option(help: "Display name (needed for a new source).")
    var name: String?

    @Option(help: "One of \(SourceEntry.kinds.joined(separator: ", ")) (default: other).")
    var kind: String?

    @Option(help: "ISO 3166 code of the country, for a national institution.")
    var country: String?

    @Option(help: "Homepage URL.")
    var homepage: String?

    @Option(name: .customLong("alias"), help: "Another name the text may use for it (repeatable).")
    var aliases: [String] = []

    var entry: SourceEntry {
        SourceEntry(key: key, name: name, kind: kind, country: country, homepage: homepage, aliases: aliases)
    }

    func validate() throws {
        if let problem = entry.problem { throw ValidationError(problem) }
    }

    func run() throws {
        VocabularyReport.say(try database.openForWriting().addSources([entry]), noun: "source")
    }
}
