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
            do {
                let bytes = try input.read()
                summary.bytes += bytes.count
                let document: Document
                do {
                    document = try normalizer.normalize(bytes, format: input.format)
                } catch {
                    throw IngestFailure(origin: input.origin, message: error.description)
                }
                let claims = extractor.claims(in: document)
                let digest = SHA256.hex(document.body.utf8)
                let outcome = try store(document, claims: claims, sha256: digest, origin: input.origin, replace: replace, writer: writer)
                if let written = outcome {
                    summary.added += 1
                    summary.claims += written.claims
                    summary.figures += written.figures
                    summary.stances += written.stances
                    onEvent(.stored(origin: input.origin, claims: written.claims))
                } else {
                    summary.skipped += 1
                    onEvent(.alreadyStored(origin: input.origin))
                }
            } catch let failure as IngestFailure {
                summary.failed += 1
                onEvent(.failed(failure))
            } catch {
                summary.failed += 1
                onEvent(.failed(IngestFailure(origin: input.origin, message: String(describing: error))))
            }
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
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
}
