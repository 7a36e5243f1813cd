import ArgumentParser
import ClaimsStore

/// `claimsdb find`: claims by source, metric, unit, value, text and date.
struct FindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Find claims, one row per claim and figure.",
        discussion: """
            Rows are written as they are read (for --format table, once all are read: its widths need them).
            Examples:
              claimsdb find --source IMF
              claimsdb find --source "International Monetary Fund" --format json
              claimsdb find --metric gdp_growth --unit percent --since 2024-01-01
              claimsdb find --text 'reconstruction NEAR aid' --sort rank
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var filter: ClaimFilterOptions

    func run() throws {
        let stream = output.stream()
        try database.openForReading().find(filter.filter, columns: stream.begin, eachRow: stream.write)
        stream.finish()
    }
}
