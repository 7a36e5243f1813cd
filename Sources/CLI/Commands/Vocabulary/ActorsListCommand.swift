import ArgumentParser

/// `claimsdb actors list`: people and collectives, built-in and added.
struct ActorsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the people and collectives stances are read for.",
        discussion: """
            origin is seed for seeds/actors.json and user for actors added to this database.
            Examples:
              claimsdb actors
              claimsdb actors list --format csv
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        output.print(try database.openForReading().actorVocabulary())
    }
}
