import ArgumentParser

/// `claimsdb sql "SELECT ..."`: the user's own query, read-only.
struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run one read-only SQL statement and print its rows.",
        discussion: """
            The database is opened read-only; statements that would write are refused.
            Example: claimsdb sql "SELECT source, figure, unit FROM figure_details WHERE source = 'IMF'"
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The statement to run.")
    var query: String

    func run() throws {
        output.print(try database.openForReading().runReadOnly(query))
    }
}
