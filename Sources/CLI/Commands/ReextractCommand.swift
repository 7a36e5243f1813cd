import ArgumentParser
import ClaimsExtract
import ClaimsNormalize
import Foundation

/// `claimsdb reextract`: run this binary's extractor over everything stored.
struct ReextractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reextract",
        abstract: "Extract claims again from every stored article, replacing the old ones.",
        discussion: """
            After upgrading claimsdb or its vocabularies: articles keep their ids; their claims, figures
            and stances are replaced, one article per transaction.
            Uses the sources, metric phrases and actors added to the database.
            Examples:
              claimsdb reextract
              claimsdb sources add KIEL --name "Kiel Institute for the World Economy" && claimsdb reextract --quiet
            """)

    @OptionGroup var database: DatabaseOptions

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        let db = try database.openForWriting()
        let summary = try db.reextract(with: try db.extractor(), normalizer: try Normalizer.builtIn())
        if !quiet {
            Terminal.say("re-extracted \(summary.added) articles: \(summary.claims) claims, \(summary.figures) figures, "
                + "\(summary.stances) stances; " + String(format: "%.2f s", summary.seconds))
        }
    }
}
