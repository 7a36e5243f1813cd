import ClaimsExtract
import ClaimsNormalize
import Foundation
import GRDB

/// Reads inputs, normalizes and extracts them, and stores each article in its own
/// transaction: an article is stored whole or not at all, and one bad input never costs
/// the others.
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
    public func ingest(_ inputs: [IngestInput], replace: Bool = false, onEvent: (Event) -> Void = { _ in }) throws(StoreError) -> IngestSummary {
        let started = Date()
        var summary = IngestSummary()
        let writer = try database.wrap { try database.queue.read { db in try ArticleWriter.load(db) } }
        for input in inputs {
            let bytes: [UInt8]
            do {
                bytes = try input.read()
            } catch {
                summary.failed += 1
                onEvent(.failed(error))
                continue
            }
            let before = summary.bytes
            let format = input.sniffs ? Normalizer.format(sniffing: bytes.prefix(1024)) : input.format
            if format == .jsonl {
                normalizer.jsonLines.documents(bytes) { line, end, result in
                    ingest(result, origin: input.origin, line: line, replace: replace, writer: writer, summary: &summary, onEvent: onEvent)
                    summary.bytes = before + end
                    onEvent(.progress(articles: summary.added + summary.skipped + summary.failed, bytes: summary.bytes))
                }
            } else {
                let result = Result { () throws(NormalizeError) in try normalizer.normalize(bytes, format: format) }
                ingest(result, origin: input.origin, line: nil, replace: replace, writer: writer, summary: &summary, onEvent: onEvent)
            }
            summary.bytes = before + bytes.count
            onEvent(.progress(articles: summary.added + summary.skipped + summary.failed, bytes: summary.bytes))
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// Extracts and stores one normalized article, counting and reporting what happened.
    private func ingest(_ result: Result<Document, NormalizeError>, origin: String, line: Int?, replace: Bool,
                        writer: ArticleWriter, summary: inout IngestSummary, onEvent: (Event) -> Void) {
        do {
            var document = try result.get()
            if let line { document.meta["line"] = String(line) }
            for warning in document.warnings { onEvent(.warning(IngestFailure(origin: origin, line: line, message: "warning: " + warning))) }
            let digest = Self.fingerprint(document)
            if !replace, try database.queue.read({ db in try Bool.fetchOne(db, sql: "SELECT 1 FROM articles WHERE sha256 = ?", arguments: [digest]) }) == true {
                summary.skipped += 1  // stored before: no need to extract it again
                onEvent(.alreadyStored(origin: origin))
                return
            }
            let claims = extractor.claims(in: document)
            if let written = try store(document, claims: claims, sha256: digest, origin: origin, replace: replace, writer: writer) {
                summary.added += 1
                summary.claims += written.claims
                summary.figures += written.figures
                summary.stances += written.stances
                onEvent(.stored(origin: origin, claims: written.claims))
            } else {
                summary.skipped += 1
                onEvent(.alreadyStored(origin: origin))
            }
        } catch let error as NormalizeError {
            summary.failed += 1
            onEvent(.failed(IngestFailure(origin: origin, line: line, message: error.description)))
        } catch let failure as IngestFailure {
            summary.failed += 1
            onEvent(.failed(IngestFailure(origin: failure.origin, line: line, message: failure.message)))
        } catch {
            summary.failed += 1
            onEvent(.failed(IngestFailure(origin: origin, line: line, message: String(describing: error))))
        }
    }

    /// Stores one article in one transaction; nil when it was already stored.
    private func store(_ document: Document, claims: [Claim], sha256: String, origin: String, replace: Bool,
                       writer: ArticleWriter) throws -> ArticleWriter.Written? {
        do {
            return try database.queue.write { db -> ArticleWriter.Written? in
                if let existing = try Int64.fetchOne(db, sql: "SELECT id FROM articles WHERE sha256 = ?", arguments: [sha256]) {
                    guard replace else { return nil }
                    try db.execute(sql: "DELETE FROM articles WHERE id = ?", arguments: [existing])
                }
                return try writer.write(document, claims: claims, sha256: sha256, origin: origin, in: db)
            }
        } catch let error as DatabaseError {
            throw IngestFailure(origin: origin, message: "not stored: " + (error.message ?? String(describing: error)))
        }
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
