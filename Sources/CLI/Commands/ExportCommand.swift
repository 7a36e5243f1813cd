import ArgumentParser
import ClaimsStore

/// `claimsdb export`: claims in the formats other tools read.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the claims find selects: JSON Lines, CSV of figures, or schema.org ClaimReview.",
        discussion: """
            jsonl: one object per claim with its article, sources, figures and stances.
            csv: one row per figure and attributed source, with the sentence and the article (for spreadsheets:
            a text cell that starts with =, +, -, @, a tab or a carriage return gets a ' first; --raw leaves it out).
            claimreview: a JSON-LD array of schema.org ClaimReview objects; itemReviewed is the Claim, with the
            article as its appearance and the attributed sources as its author. claimsdb records no verdicts,
            so there is no reviewRating.
            Takes every filter of `claimsdb find`; --limit counts claims (figures for csv). Each claim is written
            as it is read, so an export of the whole file runs in little memory.
            Examples:
              claimsdb export --format jsonl > claims.jsonl
              claimsdb export --format csv --source IMF > imf-figures.csv
              claimsdb export --format claimreview --metric gdp_growth --since 2024-01-01 > reviews.jsonld
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var filter: ClaimFilterOptions

    @Option(help: "jsonl, csv or claimreview.")
    var format: ExportFormat = .jsonl

    @Flag(help: ArgumentHelp(RawCells.help))
    var raw = false

    func run() throws {
        // each claim or row is written as it is read
        let db = try database.openForReading()
        switch format {
        case .jsonl:
            let out = OutputBuffer()
            let renderer = ClaimDetailRenderer(format: .jsonl)
            try db.exportClaims(filter.filter) { out.append(renderer.render($0)) }
            out.flush()
        case .csv:
            let stream = RowStream(format: .csv, raw: raw)
            try db.exportFigures(filter.filter, columns: stream.begin, eachRow: stream.write)
            stream.finish()
        case .claimreview:
            let renderer = ClaimReviewRenderer()
            try db.exportClaims(filter.filter, eachClaim: renderer.write)
            renderer.finish()
        }
    }
}
