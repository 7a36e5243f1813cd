import ArgumentParser
import ClaimsExtract
import ClaimsNormalize
import ClaimsSeeds
import ClaimsStore
import Foundation
import GRDB

/// `claimsdb-bench`: what `make bench` prints.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimsdb-bench",
        abstract: "Ingest speed and memory on Reuters-21578 (or a generated corpus of its shape), and query latency on a million claims.")

    @Option(help: "The corpora folder; a generated corpus is used where Reuters-21578 is absent.")
    var corpora = "../shared/corpora"

    @Option(help: "Claims in the generated database for query timings.")
    var claims = 1_000_000

    @Option(help: "Runs of each query.")
    var runs = 30

    @Option(help: "Keep the generated million-claim database at this path (for looking at query plans).")
    var keepDatabase: String?

    @Flag(help: "Only the ingest and extraction parts.")
    var skipQueries = false

    @Flag(help: "Only the query part.")
    var skipIngest = false

    func run() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("claimsdb-bench-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("claimsdb").path

        var corpus = URL(fileURLWithPath: corpora).appendingPathComponent("reuters21578/articles.jsonl")
        if !FileManager.default.fileExists(atPath: corpus.path) {
            corpus = scratch.appendingPathComponent("generated.jsonl")
            try CorpusGenerator().write(to: corpus)
            say("corpus: generated (\(corpus.path)), Reuters-21578 is absent")
        } else {
            say("corpus: \(corpus.path)")
        }
        if !skipIngest { try measureIngest(corpus: corpus, binary: binary, scratch: scratch) }
        if skipQueries { return }
        try measureQueries(scratch: scratch)
    }

    /// Parts 1, 2 and 4: ingest at three sizes, extraction alone, and the writes alone.
    private func measureIngest(corpus: URL, binary: String, scratch: URL) throws {
        let lines = try Data(contentsOf: corpus).split(separator: UInt8(ascii: "\n"))

        // 1 and 4: ingest 10%, 50% and 100% in child processes, for their own peak memory
        for share in [10, 50, 100] {
            let subset = scratch.appendingPathComponent("subset-\(share).jsonl")
            let count = lines.count * share / 100
            var bytes = Data()
            for line in lines.prefix(count) { bytes.append(line); bytes.append(10) }
            try bytes.write(to: subset)
            let db = scratch.appendingPathComponent("ingest-\(share).db").path
            let run = try ChildRun.run(binary, ["ingest", "--verbose", "--db", db, subset.path])
            guard run.status == 0 else { throw BenchError("ingest of the \(share)% subset failed (status \(run.status))") }
            let rows = try DatabaseQueue(path: db).read { db in
                try Int.fetchOne(db, sql: """
                    SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM claims) + (SELECT count(*) FROM claim_sources)
                         + (SELECT count(*) FROM figures) + (SELECT count(*) FROM stances)
                    """) ?? 0
            }
            let megabytes = Double(bytes.count) / 1_048_576
            say(String(format: "ingest %3d%%: %6d articles, %5.1f MB in %6.2f s = %5.2f MB/s, %7.0f articles/s, %8.0f rows/s; peak memory %6.1f MB",
                         share, count, megabytes, run.seconds, megabytes / run.seconds, Double(count) / run.seconds,
                         Double(rows) / run.seconds, run.peakMegabytes))
        }

        // 2: extraction alone, in this process
        let normalizer = try Normalizer.builtIn()
        let extractor = try Extractor.builtIn()
        let all = try Data(contentsOf: corpus)
        var documents: [Document] = []
        normalizer.jsonLines.documents([UInt8](all)) { _, result in if let document = try? result.get() { documents.append(document) } }
        let started = Date()
        var extracted: [[Claim]] = []
        for document in documents { extracted.append(extractor.claims(in: document)) }
        let seconds = Date().timeIntervalSince(started)
        let textMegabytes = Double(documents.reduce(0) { $0 + $1.body.utf8.count }) / 1_048_576
        say(String(format: "extraction alone: %d claims from %.1f MB of text in %.2f s = %.2f MB/s on one core",
                     extracted.reduce(0) { $0 + $1.count }, textMegabytes, seconds, textMegabytes / seconds))

        // 2: the database writes alone, beside the raw C-API floor for the same rows
        let articles = zip(documents, extracted).enumerated().map { index, pair in
            ExtractedArticle(document: pair.0, claims: pair.1, origin: corpus.path, line: index + 1)
        }
        try timeWrites(articles, normalizer: normalizer, extractor: extractor, scratch: scratch)

    }

    /// Part 3: queries on a generated database of a million claims.
    private func measureQueries(scratch: URL) throws {
        let large = keepDatabase ?? scratch.appendingPathComponent("large.db").path
        if FileManager.default.fileExists(atPath: large) {
            say("generated database: reusing \(large)")
        } else {
            let building = Date()
            try LargeDatabase(claims: claims).build(at: large)
            say(String(format: "generated database: %d claims in %.1f s", claims, Date().timeIntervalSince(building)))
        }
        let database = try ClaimsDatabase.openReadOnly(path: large)
        try time("find --source IMF --limit 100") { _ = try database.find(ClaimFilter(source: "IMF", limit: 100)) }
        var search = ClaimFilter(text: "growth", limit: 100)
        search.sort = .rank  // what the CLI does with --text
        try time("find --text growth --limit 100") { _ = try database.find(search) }
        try time("find --metric gdp_growth --since 2020-01-01 --limit 100") {
            _ = try database.find(ClaimFilter(metric: "gdp_growth", since: "2020-01-01", limit: 100))
        }
        try time("xref --source IMF --metric gdp_growth --place UA", runs: 5) {
            _ = try database.crossReference(CrossReferenceFilter(source: "IMF", metric: "gdp_growth", place: "UA"))
        }
        // what a user runs on the whole database: every pair is considered, the first 100 shown
        try time("xref --limit 100", runs: 5) { _ = try database.crossReference(CrossReferenceFilter(limit: 100)) }
        try time("xref --conflicts --limit 100", runs: 5) {
            _ = try database.crossReference(CrossReferenceFilter(conflictsOnly: true, limit: 100))
        }
        // seven sources of each metric, place and year: six times the pairs of one source
        try time("xref --across-sources --limit 100", runs: 5) {
            _ = try database.crossReference(CrossReferenceFilter(acrossSources: true, limit: 100))
        }
        var pairs = 0
        try time("xref (every pair, every row built)", runs: 1) { pairs = try database.crossReference(CrossReferenceFilter()).rows.count }
        say("xref (every pair): \(pairs) pairs")
    }

    /// Stores `articles` through claimsdb's writer and through the raw C API, each into a
    /// fresh database, and prints rows a second for both.
    private func timeWrites(_ articles: [ExtractedArticle], normalizer: Normalizer, extractor: Extractor, scratch: URL) throws {
        let sources = try SeedVocabularies.builtIn().sources
        let ours = scratch.appendingPathComponent("writes.db").path
        let database = try ClaimsDatabase.open(path: ours, sources: sources)
        let summary = try Ingestor(database: database, normalizer: normalizer, extractor: extractor).store(articles)
        let rows = try DatabaseQueue(path: ours).read { db in
            try Int.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM article_origins) + (SELECT count(*) FROM claims)
                     + (SELECT count(*) FROM claim_sources) + (SELECT count(*) FROM figures) + (SELECT count(*) FROM stances)
                """) ?? 0
        }
        let floorPath = scratch.appendingPathComponent("floor.db").path
        _ = try ClaimsDatabase.open(path: floorPath, sources: sources)
        let floor = try RawInsertFloor(path: floorPath)
        let floorStarted = Date()
        let floorRows = try floor.insert(articles)
        let floorSeconds = Date().timeIntervalSince(floorStarted)
        floor.close()
        let oursRate = Double(rows) / summary.seconds
        let floorRate = Double(floorRows) / floorSeconds
        say(String(format: "database writes alone: %d rows in %.2f s = %.0f rows/s; raw C API, same rows: %d in %.2f s = %.0f rows/s; claimsdb at %.0f%% of the floor",
                     rows, summary.seconds, oursRate, floorRows, floorSeconds, floorRate, 100 * oursRate / floorRate))
    }

    /// Runs `work` several times and prints p50 and p95 in milliseconds.
    private func time(_ name: String, runs: Int? = nil, _ work: () throws -> Void) throws {
        var samples: [Double] = []
        for _ in 0..<(runs ?? self.runs) {
            let started = Date()
            try work()
            samples.append(Date().timeIntervalSince(started) * 1000)
        }
        samples.sort()
        let p50 = samples[samples.count / 2]
        let p95 = samples[min(samples.count - 1, Int(Double(samples.count) * 0.95))]
        say(String(format: "%@: p50 %.1f ms, p95 %.1f ms (%d runs)", name, p50, p95, samples.count))
    }
}

/// One line of results on stdout, written at once (print's buffer would hold a piped run's
/// lines until the end).
private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
