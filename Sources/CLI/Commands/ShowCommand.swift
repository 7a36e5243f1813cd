import ArgumentParser
import ClaimsStore

/// `claimsdb show ID`: one claim, whole.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one claim: its sentence in its paragraph, sources, figures, stances and article.",
        discussion: """
            Examples:
              claimsdb show 6
              claimsdb show 6 --format json
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The claim id (the claim_id column of find).")
    var id: Int64

    func run() throws {
        guard let detail = try database.openForReading().claimDetail(id) else {
            throw CLIError(description: "no claim \(id); `claimsdb find` lists claim ids")
        }
        Terminal.write(ClaimDetailRenderer(format: output.format, raw: output.raw).render(detail))
    }
}
