import ClaimsExtract
import ClaimsNormalize
import Foundation
import GRDB

/// Reads inputs, normalizes and extracts them, and stores them: each article whole or not
/// at all (a savepoint of its own inside batched transactions), and one bad input never
/// costs the others.
public struct Ingestor: Sendable {
    public enum Event: Sendable {
        case stored(origin: String, claims: Int)
        case alreadyStored(origin: String)
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

    /// Ingests every input in order. With `replace`, an article already stored is deleted
    /// and extracted again; otherwise it is skipped and counted.
    ///
    /// The database is in write-ahead-log mode (``ClaimsDatabase/open(path:sources:)``) and
    /// written with `synchronous = NORMAL`: every commit stays atomic, and a power loss can
    /// lose the last committed batch but never corrupt the file or leave half an article
    /// (README, "Durability").
    public func ingest(_ inputs: [IngestInput], replace: Bool = false, onEvent: (Event) -> Void = { _ in }) throws(StoreError) -> IngestSummary {
        let started = Date()
        var summary = try database.wrap {
            try database.queue.writeWithoutTransaction { db -> IngestSummary in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                let writer = try ArticleWriter.load(db)
                var batch = BatchTransaction(db)
                var summary = IngestSummary()
                do {
                    for input in inputs {
                        try ingest(input, replace: replace, writer: writer, batch: &batch, summary: &summary, onEvent: onEvent)
                    }
                    try batch.commit()
                } catch let lost as BatchLost {
                    throw lost.error
                }
                return summary
            }
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// Reads one input and stores the article or articles in it. JSON Lines are streamed a
    /// line at a time; other formats are one article, read whole.
    private func ingest(_ input: IngestInput, replace: Bool, writer: ArticleWriter, batch: inout BatchTransaction,
                        summary: inout IngestSummary, onEvent: (Event) -> Void) throws(BatchLost) {
        let before = summary.bytes
        do {
            var head: [UInt8] = []
            var format = input.format
            var handle: FileHandle?
            if input.sniffs {
                let opened = try input.open()
                head = [UInt8]((try? opened.read(upToCount: 1024)) ?? Data())
                format = Normalizer.format(sniffing: head[...])
                handle = opened
            }
            if format == .jsonl {
                var reader = LineReader(handle: try handle ?? input.open(), pending: head)
                defer { if input.origin != "-" { try? reader.handle.close() } }
                let extraction = ParallelExtraction(reader: normalizer.jsonLines, extractor: extractor)
                var pending: [(line: Int, end: Int, bytes: [UInt8]?)] = []
                func flush() throws {
                    let parsed = extraction.parse(pending)
                    // extract, on every core, only what is not stored yet (store checks again under the lock)
                    let fresh = parsed.indices.filter { index in
                        guard case .success(let article) = parsed[index].result else { return false }
                        return replace || (try? Self.storedID(article.digest, in: batch.db)) == nil
                    }
                    let documents = fresh.compactMap { try? parsed[$0].result.get().document }
                    var claims: [Int: [Claim]] = [:]
                    for (index, extracted) in zip(fresh, extraction.extract(documents)) { claims[index] = extracted }
                    for (index, article) in parsed.enumerated() {
                        try store(article.result, claims: claims[index], origin: input.origin, line: article.line, replace: replace,
                              writer: writer, batch: &batch, summary: &summary, onEvent: onEvent)
                        summary.bytes = before + article.end
                        onEvent(.progress(articles: summary.added + summary.skipped + summary.failed, bytes: summary.bytes))
                    }
                    pending.removeAll(keepingCapacity: true)
                    // another writer may take a turn while the next lines are parsed and extracted
                    try batch.yieldTurn()
                }
                try reader.lines { line, end, text in
                    pending.append((line, end, text.map(Array.init)))
                    if pending.count == Self.batchLines { try flush() }
                }
                try flush()
                return
            }
            var bytes = head
            if let handle {
                bytes += [UInt8](handle.readDataToEndOfFile())
            } else {
                bytes = try input.read()
            }
            let result = Result { () throws(NormalizeError) in
                let document = try normalizer.normalize(bytes, format: format)
                return Fingerprinted(document: document, digest: Self.fingerprint(document))
            }
            try store(result, claims: nil, origin: input.origin, line: nil, replace: replace, writer: writer, batch: &batch,
                  summary: &summary, onEvent: onEvent)
            summary.bytes = before + bytes.count
            onEvent(.progress(articles: summary.added + summary.skipped + summary.failed, bytes: summary.bytes))
        } catch let lost as BatchLost {
            throw lost
        } catch let failure as IngestFailure {
            summary.failed += 1
            onEvent(.failed(failure))
        } catch {
            summary.failed += 1
            onEvent(.failed(IngestFailure(origin: input.origin, message: "cannot be read: \(error)")))
        }
    }

    /// Lines read and extracted together, on every core, before one writer stores them.
    static let batchLines = 64

    /// Stores one article in its savepoint, counting and reporting what happened. Without
    /// `claims`, the article is extracted here, once it is known not to be stored.
    private func store(_ result: Result<Fingerprinted, NormalizeError>, claims extracted: [Claim]?, origin: String, line: Int?,
                       replace: Bool, writer: ArticleWriter, batch: inout BatchTransaction, summary: inout IngestSummary,
                       onEvent: (Event) -> Void) throws(BatchLost) {
        do {
            let article = try result.get()
            let document = article.document
            let digest = article.digest
            for warning in document.warnings { onEvent(.warning(IngestFailure(origin: origin, line: line, message: "warning: " + warning))) }
            let outcome: ArticleWriter.Written?
            if !replace, try Self.storedID(digest, in: batch.db) != nil {
                outcome = nil
            } else {
                let claims = extracted ?? extractor.claims(in: document)
                // checked again under the write lock: another ingest may have stored it meanwhile
                outcome = try batch.article { db -> ArticleWriter.Written? in
                    let existing = try Self.storedID(digest, in: db)
                    if existing != nil && !replace { return nil }
                    if let existing { try db.execute(sql: "DELETE FROM articles WHERE id = ?", arguments: [existing]) }
                    return try writer.write(document, claims: claims, sha256: digest, origin: origin, in: db)
                }
            }
            guard let written = outcome else {
                summary.skipped += 1
                onEvent(.alreadyStored(origin: origin))
                return
            }
            summary.added += 1
            summary.claims += written.claims
            summary.figures += written.figures
            summary.stances += written.stances
            onEvent(.stored(origin: origin, claims: written.claims))
        } catch let lost as BatchLost {
            throw lost
        } catch let error as NormalizeError {
            summary.failed += 1
            onEvent(.failed(IngestFailure(origin: origin, line: line, message: error.description)))
        } catch let error as DatabaseError {
            summary.failed += 1
            onEvent(.failed(IngestFailure(origin: origin, line: line, message: "not stored: " + (error.message ?? String(describing: error)))))
        } catch {
            summary.failed += 1
            onEvent(.failed(IngestFailure(origin: origin, line: line, message: String(describing: error))))
        }
    }

    /// The id of the article stored with this fingerprint, if any.
    static func storedID(_ digest: String, in db: Database) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT id FROM articles WHERE sha256 = ?", arguments: [digest])
    }

    /// SHA-256 of what makes an article itself: title, date, URL and normalized body. The
    /// same file ingested twice is stored once; a wire story re-sent under a new headline or
    /// time (Reuters-21578 has 265) is another article.
    static func fingerprint(_ document: Document) -> String {
        var bytes: [UInt8] = []
        for field in [document.title ?? "", document.published ?? "", document.url ?? ""] {
            bytes += Array(field.utf8)
            bytes.append(0)
        }
        bytes += Array(document.body.utf8)
        return SHA256.hex(bytes)
    }
}
