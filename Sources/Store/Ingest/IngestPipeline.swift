import ClaimsExtract
import ClaimsNormalize
import Foundation
import GRDB

/// The writer's side of one ingest. Batches of parsed articles come in; the ones not yet
/// stored are extracted on every core while the writer stores the batch before, in input
/// order, each article in a savepoint of its own.
struct IngestPipeline {
    let extraction: ParallelExtraction
    let writer: ArticleWriter
    let replace: Bool
    var batch: BatchTransaction
    var summary = IngestSummary()
    private var inFlight: (articles: [ParsedArticle], fresh: [Int], job: ExtractionJob)?

    init(extraction: ParallelExtraction, writer: ArticleWriter, replace: Bool, batch: BatchTransaction) {
        self.extraction = extraction
        self.writer = writer
        self.replace = replace
        self.batch = batch
    }

    /// Starts extracting what in `articles` is not stored yet, then stores the batch before.
    /// (`store` looks again, for a copy that was still in flight when this batch was checked.)
    mutating func submit(_ articles: [ParsedArticle], onEvent: (Ingestor.Event) -> Void) throws {
        let fresh = articles.indices.filter { index in
            guard case .success(let article) = articles[index].result else { return false }
            return replace || (try? Self.storedID(article.digest, in: batch.db)) == nil
        }
        let job = extraction.startExtracting(fresh.compactMap { try? articles[$0].result.get().document })
        try drain(onEvent: onEvent)
        inFlight = (articles, fresh, job)
    }

    /// Stores the batch in flight, once its extraction is done.
    mutating func drain(onEvent: (Ingestor.Event) -> Void) throws {
        guard let (articles, fresh, job) = inFlight else { return }
        inFlight = nil
        // another ingest may take the lock while this one waits for its extraction
        try batch.yieldTurn()
        var claims: [Int: [Claim]] = [:]
        for (index, extracted) in zip(fresh, job.claims()) { claims[index] = extracted }
        for (index, article) in articles.enumerated() {
            try store(article, claims: claims[index], onEvent: onEvent)
            summary.bytes += article.size
            onEvent(.progress(articles: summary.articles, bytes: summary.bytes))
        }
    }

    /// Stores an article extracted elsewhere.
    mutating func store(_ article: ExtractedArticle, onEvent: (Ingestor.Event) -> Void) throws {
        let parsed = ParsedArticle(origin: article.origin, line: article.line, size: article.document.body.utf8.count,
                                   result: .success(Fingerprinted(document: article.document, digest: article.digest)))
        try store(parsed, claims: article.claims, onEvent: onEvent)
        summary.bytes += parsed.size
    }

    /// Counts an input that could not be read at all.
    mutating func fail(_ failure: IngestFailure, onEvent: (Ingestor.Event) -> Void) {
        summary.failed += 1
        onEvent(.failed(failure))
    }

    /// The id of the article stored with this fingerprint, if any.
    static func storedID(_ digest: String, in db: Database) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM articles WHERE sha256 = ?"), arguments: [digest])
    }

    /// What storing one article came to.
    private enum Outcome {
        case stored(ArticleWriter.Written)
        /// The same text from another place: the place recorded.
        case identical(Int64)
        case alreadyStored
    }

    /// Stores one article in its savepoint, counting and reporting what happened. Without
    /// `claims`, the article is extracted here, once it is known not to be stored.
    private mutating func store(_ parsed: ParsedArticle, claims extracted: [Claim]?, onEvent: (Ingestor.Event) -> Void) throws {
        let (origin, line) = (parsed.origin, parsed.line)
        do {
            let article = try parsed.result.get()
            let document = article.document
            for warning in document.warnings { onEvent(.warning(IngestFailure(origin: origin, line: line, message: "warning: " + warning))) }
            if replace { try batch.indexClaims() }  // a replace deletes claims that may still wait for the index
            let (writer, extractor, replace) = (self.writer, extraction.extractor, self.replace)
            let outcome = try batch.article({ db -> Outcome in
                // looked up under the write lock: another ingest may have stored it meanwhile
                let existing = try Self.storedID(article.digest, in: db)
                if let existing, !replace {
                    return try writer.recordOrigin(origin, line: line, of: existing, in: db) ? .identical(existing) : .alreadyStored
                }
                let claims = extracted ?? extractor.claims(in: document)
                guard let existing else {
                    return .stored(try writer.write(document, claims: claims, sha256: article.digest, origin: origin, line: line, in: db))
                }
                try writer.recordOrigin(origin, line: line, of: existing, in: db)
                return .stored(try writer.replace(existing, with: document, claims: claims, in: db))
            }, claimIDs: { outcome in
                if case .stored(let written) = outcome { return written.claimIDs }
                return nil
            })
            switch outcome {
            case .identical(let existing):
                summary.identical += 1
                onEvent(.identical(origin: origin, article: existing))
            case .alreadyStored:
                summary.skipped += 1
                onEvent(.alreadyStored(origin: origin))
            case .stored(let written):
                summary.added += 1
                summary.claims += written.claims
                summary.figures += written.figures
                summary.stances += written.stances
                onEvent(.stored(origin: origin, claims: written.claims))
            }
        } catch let lost as BatchLost {
            throw lost
        } catch let error as NormalizeError {
            fail(IngestFailure(origin: origin, line: line, message: error.description), onEvent: onEvent)
        } catch let error as DatabaseError {
            fail(IngestFailure(origin: origin, line: line, message: "not stored: " + (error.message ?? String(describing: error))), onEvent: onEvent)
        } catch {
            fail(IngestFailure(origin: origin, line: line, message: String(describing: error)), onEvent: onEvent)
        }
    }
}
