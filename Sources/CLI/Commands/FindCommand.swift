import ArgumentParser
import ClaimsStore

/// `claimsdb find`: claims by source, metric, unit, value, text and date.
struct FindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Find claims, one row per claim and figure.",
        discussion: """
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
        output.print(try database.openForReading().find(filter.filter))
    }
}
