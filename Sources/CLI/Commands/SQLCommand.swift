import ArgumentParser

/// `claimsdb sql "SELECT ..."`: the user's own query, read-only.
struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run one read-only SQL statement and print its rows.",
        discussion: """
            The database is opened read-only; statements that would write are refused.
            Rows are written as they are read (except for --format table), so a query of millions of rows
            runs in little memory; a statement that fails part way may have printed its first rows.
            Examples:
              claimsdb sql "SELECT source, figure, unit FROM figure_details WHERE source = 'IMF'"
              claimsdb sql "SELECT * FROM figure_conflicts ORDER BY gap DESC LIMIT 10" --format csv
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The statement to run.")
    var query: String

    func run() throws {
        let stream = output.stream()
        try database.openForReading().runReadOnly(query, columns: stream.begin, eachRow: stream.write)
        stream.finish()
    }
}
