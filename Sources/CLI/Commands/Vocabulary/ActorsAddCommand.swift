import ArgumentParser
import ClaimsStore

/// `claimsdb actors add NAME`: a person or a collective who can take sides.
struct ActorsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a person or a collective actor to the database.",
        discussion: """
            A person is matched by name and aliases as written; a collective ignoring case.
            Examples:
              claimsdb actors add "Mark Rutte" --country NL --alias Rutte
              claimsdb actors add "union leaders" --collective
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The name stances will carry as their actor.")
    var name: String

    @Option(help: "ISO 3166 code of the country the person speaks for.")
    var country: String?

    @Option(name: .customLong("alias"), help: "Another name the text may use for the person (repeatable).")
    var aliases: [String] = []

    @Flag(help: "A group without a country of its own (\"critics\"), not a person.")
    var collective = false

    var entry: ActorEntry {
        ActorEntry(name: name, kind: collective ? .collective : .person, country: country, aliases: aliases)
    }

    func validate() throws {
        if let problem = entry.problem { throw ValidationError(problem) }
    }

    func run() throws {
        VocabularyReport.say(try database.openForWriting().addActors([entry]), noun: "actor")
    }
}
