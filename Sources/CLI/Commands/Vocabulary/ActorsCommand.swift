import ArgumentParser

/// `claimsdb actors`: who can take a side, and the actors a user adds.
struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List the people and groups stances are read for, or add your own.",
        discussion: """
            Countries and registry sources are actors already; this list holds people (with the country they
            speak for) and collectives ("critics"). Actors you add live in the database and are used by the next
            ingest (run `claimsdb reextract` to apply them to articles already stored).
            Examples:
              claimsdb actors --format csv
              claimsdb actors add "Kristalina Georgieva" --alias Georgieva
              claimsdb actors add "Mark Rutte" --country NL --alias Rutte
              claimsdb actors add "union leaders" --collective
              claimsdb actors import my-actors.json
            """,
        subcommands: [ActorsListCommand.self, ActorsAddCommand.self, ActorsImportCommand.self],
        defaultSubcommand: ActorsListCommand.self)
}
