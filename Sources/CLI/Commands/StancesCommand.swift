import ArgumentParser
import ClaimsStore

/// `claimsdb stances`: who stands where, on what, and how often the articles say so.
struct StancesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stances",
        abstract: "The stance matrix: actor, target, polarity, qualifier and evidence count.",
        discussion: """
            Examples:
              claimsdb stances
              claimsdb stances --actor Russia
              claimsdb stances --actor EE --format csv     (a group matches its members' codes)
              claimsdb stances --target plan
              claimsdb stances --changes
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Only this actor: a name (Russia, critics) or an ISO country code (RU).")
    var actor: String?

    @Option(help: "Only targets containing these words, or with this target key.")
    var target: String?

    @Option(help: "At most this many rows.")
    var limit: Int?

    @Flag(help: "Instead: actors whose stance on a target changed between articles, by publication date.")
    var changes = false

    func run() throws {
        let db = try database.openForReading()
        if changes {
            output.print(try db.stanceChanges(actor: actor, limit: limit))
        } else {
            output.print(try db.stanceMatrix(StanceFilter(actor: actor, target: target, limit: limit)))
        }
    }
}
