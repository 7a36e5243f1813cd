import ClaimsExtract
import ClaimsNormalize
import Foundation
import GRDB

/// Reads inputs, normalizes and extracts them, and stores them: each article whole or not
/// at all (in transactions of many articles, see ``BatchTransaction``), and one bad input
/// never costs the others.
public struct Ingestor: Sendable {
    public enum Event: Sendable {
        case stored(origin: String, claims: Int)
        case alreadyStored(origin: String)
        /// The same text as article `article`, read before from elsewhere: recorded, not stored again.
        case identical(origin: String, article: Int64)
        case failed(IngestFailure)
        /// Stored, but the user should know how: "read as Windows-1252".
        case warning(IngestFailure)
        /// How far the run is: articles handled and input bytes read so far.
        case progress(articles: Int, bytes: Int)
    }

    let database: ClaimsDatabase
    let normalizer: Normalizer
    let extractor: Extractor

    public init(database: ClaimsDatabase, normalizer: Normalizer, extractor: Extractor) {
        self.database = database
        self.normalizer = normalizer
        self.extractor = extractor
    }

    /// Ingests every input in order. With `replace`, an article already stored is extracted
    /// again in place (it keeps its id); otherwise it is skipped and counted.
    ///
    /// The database is switched to write-ahead logging with `synchronous = NORMAL`: every
    /// commit stays atomic, and a power loss can lose the last committed batch but never
    /// corrupt the file or leave half an article (README, "Durability").
    public func ingest(_ inputs: [IngestInput], replace: Bool = false, onEvent: (Event) -> Void = { _ in }) throws(StoreError) -> IngestSummary {
        let started = Date()
        var summary = try database.wrap {
            try database.queue.writeWithoutTransaction { db -> IngestSummary in
                var pipeline = try pipeline(db, replace: replace)
                defer { pipeline.close() }
                var files: [(origin: String, format: DocumentFormat, bytes: [UInt8])] = []
                var fileBytes = 0
                func submitFiles() throws {
                    guard !files.isEmpty else { return }
                    try pipeline.submit(.files(files), onEvent: onEvent)
                    files.removeAll(keepingCapacity: true)
                    fileBytes = 0
                }
                do {
                    for input in inputs {
                        do {
                            let (format, head, handle) = try open(input)
                            if format == .jsonl {
                                try submitFiles()
                                try ingestLines(of: input, head: head, handle: handle, into: &pipeline, onEvent: onEvent)
                                continue
                            }
                            let bytes = try handle.map { handle throws(IngestFailure) in try input.read(from: handle, after: head) } ?? input.read()
                            files.append((input.origin, format, bytes))
                            fileBytes += bytes.count
                            if files.count == Self.batchArticles || fileBytes >= Self.batchBytes { try submitFiles() }
                        } catch let lost as BatchLost {
                            throw lost
                        } catch let failure as IngestFailure {
                            pipeline.fail(failure)
                        } catch {
                            pipeline.fail(IngestFailure(origin: input.origin, message: "cannot be read: \(error)"))
                        }
                    }
                    try submitFiles()
                    try pipeline.finish(onEvent: onEvent)
                } catch let lost as BatchLost {
                    pipeline.lose(onEvent: onEvent)
                    throw lost.error  // a full disk, or a lock never had: stop; what was committed stays
                }
                return pipeline.summary
            }
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// Stores articles extracted elsewhere exactly as `ingest` would store them: for callers
    /// with their own extraction, and for timing the database writes alone.
    public func store(_ articles: [ExtractedArticle], onEvent: (Event) -> Void = { _ in }) throws(StoreError) -> IngestSummary {
        let started = Date()
        var summary = try database.wrap {
            try database.queue.writeWithoutTransaction { db -> IngestSummary in
                var pipeline = try pipeline(db, replace: false)
                defer { pipeline.close() }
                do {
                    for start in stride(from: 0, to: articles.count, by: Self.batchArticles) {
                        try pipeline.store(articles[start..<min(start + Self.batchArticles, articles.count)], onEvent: onEvent)
                    }
                    try pipeline.finish(onEvent: onEvent)
                } catch let lost as BatchLost {
                    pipeline.lose(onEvent: onEvent)
                    throw lost.error
                }
                return pipeline.summary
            }
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// The writer for one run, on a connection set up for bulk writes: write-ahead logging
    /// with `synchronous = NORMAL` (README, "Durability"), and statement journals in memory.
    private func pipeline(_ db: Database, replace: Bool) throws -> IngestPipeline {
        try db.execute(sql: "PRAGMA synchronous = NORMAL")  // the file is in WAL mode since it was opened
        // Savepoints (article by article, after a failure or with `replace`) and multi-row
        // statements keep their undo pages in a statement journal: on disk, when every batch
        // took a savepoint, that was 3 GB of temporary writes for Reuters-21578.
        try db.execute(sql: "PRAGMA temp_store = MEMORY")
        // Index pages read back from the file were 7% of the writer's thread with SQLite's
        // default 2 MB page cache, 1% with 8 MB (`perf record`); 4 MB is between, and keeps
        // peak memory within a fifth from a tenth of Reuters-21578 to all of it.
        try db.execute(sql: "PRAGMA cache_size = -4096")
        let checkpointer = BackgroundCheckpointer(path: database.path)
        if checkpointer.isRunning { try db.execute(sql: "PRAGMA wal_autocheckpoint = \(BackgroundCheckpointer.writerLimit)") }
        return IngestPipeline(extraction: ParallelExtraction(normalizer: normalizer, extractor: extractor),
                              writer: try ArticleWriter.load(db), replace: replace,
                              batch: BatchTransaction(db, checkpointer: checkpointer.isRunning ? checkpointer : nil),
                              fingerprints: replace ? nil : StoredFingerprints(path: database.path))
    }

    /// Articles read, and extracted, together on every core before one writer stores them.
    static let batchArticles = 128
    /// Files read ahead are also bounded by their size.
    static let batchBytes = 8 << 20

    /// The input's format: as given, or read from its first bytes (which are returned,
    /// with the open stream, so that standard input is not read twice).
    private func open(_ input: IngestInput) throws(IngestFailure) -> (DocumentFormat, [UInt8], FileHandle?) {
        guard input.sniffs else { return (input.format, [], nil) }
        let handle = try input.open()
        let head = [UInt8]((try? handle.read(upToCount: 1024)) ?? Data())
        return (Normalizer.format(sniffing: head[...]), head, handle)
    }

    /// Streams a JSON Lines input a batch of lines at a time. What was read before a read
    /// error is still stored.
    private func ingestLines(of input: IngestInput, head: [UInt8], handle: FileHandle?, into pipeline: inout IngestPipeline,
                             onEvent: (Event) -> Void) throws {
        var reader = LineReader(handle: try handle ?? input.open(), pending: head)
        defer { if input.origin != "-" { try? reader.handle.close() } }
        var pending: [(line: Int, size: Int, bytes: [UInt8]?)] = []
        var previousEnd = 0
        func submit() throws {
            guard !pending.isEmpty else { return }
            try pipeline.submit(.lines(pending, origin: input.origin), onEvent: onEvent)
            pending.removeAll(keepingCapacity: true)
        }
        do {
            try reader.lines { line, end, text in
                pending.append((line, end - previousEnd, text.map(Array.init)))
                previousEnd = end
                if pending.count == Self.batchArticles { try submit() }
            }
        } catch let lost as BatchLost {
            throw lost
        } catch {
            try submit()  // what was read before the failure is still stored
            throw error
        }
        try submit()
    }

    /// SHA-256 of what makes an article itself: title, date, URL and normalized body, each in
    /// Unicode's composed form (NFC), so that a copy whose accents were stored decomposed (NFD)
    /// is the same article. The same file ingested twice is stored once; a wire story re-sent
    /// under a new headline or time (Reuters-21578 has 265) is another article.
    static func fingerprint(_ document: Document) -> String {
        var bytes: [UInt8] = []
        for field in [document.title ?? "", document.published ?? "", document.url ?? ""] {
            bytes += composed(field).utf8
            bytes.append(0)
        }
        bytes += composed(document.body).utf8
        return SHA256.hex(bytes)
    }

    /// The text in NFC; ASCII is left as it is without a look.
    static func composed(_ text: String) -> String {
        // over the bytes in one buffer: through the UTF-8 view's iterator the test cost four
        // times as much, for every article's body
        let isASCII = text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? text.utf8.allSatisfy { $0 < 0x80 }
        return isASCII ? text : text.precomposedStringWithCanonicalMapping
    }
}
