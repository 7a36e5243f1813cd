import ArgumentParser
import ClaimsExtract
import ClaimsNormalize
import ClaimsStore

/// `claimsdb extract FILE`: what ingest would store, without a database.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the claims of one article as JSON, one object per claim, without a database.",
        discussion: """
            No database is read or written: only the compiled-in vocabularies are used.
            Examples:
              claimsdb extract seeds/articles/ukraine-nato-protection-plan.txt
              claimsdb extract --format json article.md
              cat story.md | claimsdb extract --input-format markdown -
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, json
    }

    @Option(help: "jsonl (one claim per line, the default) or json (one array).")
    var format: Format = .jsonl

    @Option(name: .customLong("input-format"), help: "Read the input as text or markdown instead of guessing from its extension.")
    var inputFormat: InputFormat?

    @Argument(help: "The article to read, or - for standard input.")
    var file: String = "-"

    func run() throws {
        let collection = InputCollector(format: inputFormat?.documentFormat).collect([file])
        if let failure = collection.failures.first { throw CLIError(description: failure.description) }
        guard let input = collection.inputs.first else { throw CLIError(description: "\(file): not an article file") }
        let document: Document
        do {
            document = try Normalizer.builtIn().normalize(try input.read(), format: input.format)
        } catch let error as NormalizeError {
            throw CLIError(description: "\(file): \(error.description)")
        }
        let claims = try Extractor.builtIn().claims(in: document)
        switch format {
        case .jsonl:
            Terminal.write(claims.map { ClaimJSON.object($0).serialized() + "\n" }.joined())
        case .json:
            Terminal.write(JSONValue.array(claims.map(ClaimJSON.object)).serialized() + "\n")
        }
    }
}
