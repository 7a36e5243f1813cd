import ArgumentParser
import Foundation
import ClaimsExtract
import ClaimsNormalize
import ClaimsStore

/// `claimsdb ingest PATH...`: store articles, each whole or not at all.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Normalize and extract articles into the database.",
        discussion: """
            Files, folders (walked recursively) and - for standard input. Each failed input is one line
            on stderr; the others are still stored. Exit code 1 if any input failed.
            Sources, metric phrases and actors added with `claimsdb sources|metrics|actors add` are used.
            Examples:
              claimsdb ingest seeds/articles
              claimsdb ingest --verbose reports/*.html dump.jsonl
              cat story.md | claimsdb ingest --format markdown -
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Read every input as this format instead of guessing from its extension.")
    var format: InputFormat?

    @Flag(help: "Extract again articles that are already stored, replacing what was stored.")
    var replace = false

    @Flag(name: .shortAndLong, help: "Say what was stored and what was skipped, file by file.")
    var verbose = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("name at least one file or folder to ingest") }
    }

    func run() throws {
        let db = try database.openForWriting()
        let collection = InputCollector(format: format?.documentFormat).collect(paths)
        if verbose {
            for (path, reason) in collection.skipped { Terminal.say("skipped \(path): \(reason)") }
        }
        for failure in collection.failures { Terminal.say(failure.description) }
        let ingestor = Ingestor(database: db, normalizer: try Normalizer.builtIn(), extractor: try db.extractor())
        var progress = Terminal.stderrIsTerminal && !quiet && !verbose ? ProgressLine(totalBytes: collection.totalBytes) : nil
        var summary = try ingestor.ingest(collection.inputs, replace: replace) { event in
            switch event {
            case .failed(let failure):
                progress?.finish()
                Terminal.say(failure.description)
            case .warning(let warning):
                progress?.finish()
                if !quiet { Terminal.say(warning.description) }
            case .stored(let origin, let claims): if verbose { Terminal.say("stored \(origin): \(claims) claims") }
            case .alreadyStored(let origin): if verbose { Terminal.say("skipped \(origin): already stored") }
            case .identical(let origin, let article):
                if verbose { Terminal.say("identical \(origin): same text as article \(article), recorded as another origin") }
            case .progress(let articles, let bytes): progress?.update(articles: articles, bytes: bytes)
            }
        }
        progress?.finish()
        summary.failed += collection.failures.count
        if !quiet { Terminal.say(summary.description) }
        if verbose, let peak = PeakMemory.megabytes() { Terminal.say(String(format: "peak memory: %.1f MB", peak)) }
        if summary.failed > 0 { throw ExitCode(1) }
    }
}
