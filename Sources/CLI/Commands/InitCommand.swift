import ArgumentParser

/// `claimsdb init`: create (or migrate) the database and load the source registry.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the database, or bring an existing one up to date.",
        discussion: """
            Also upgrades an older database to this binary's schema and reloads the built-in source registry.
            Examples:
              claimsdb init
              claimsdb init --db news.db
            """)

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let db = try database.openForWriting()
        Terminal.say("claimsdb: database ready at \(db.path)")
    }
}
