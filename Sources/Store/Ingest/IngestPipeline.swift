import ClaimsExtract
import ClaimsNormalize
import Foundation
import GRDB

/// The writer's side of one ingest. Batches of inputs come in and are parsed and extracted
/// on every core, up to ``batchesAhead`` batches ahead of the writer, which stores them in
/// input order, each article in a savepoint of its own.
struct IngestPipeline {
    let extraction: ParallelExtraction
    let writer: ArticleWriter
    let replace: Bool
    var batch: BatchTransaction
    var summary = IngestSummary()
    /// Where the reading threads look up what is stored; nil when everything is extracted (`replace`).
    let fingerprints: StoredFingerprints?
    /// Batches started and not yet stored, oldest first.
    private var inFlight: [BatchJob] = []
    /// How many batches may be read ahead of the one being stored: with one, the cores sat
    /// idle whenever storing a batch took longer than extracting the next.
    static let batchesAhead = 3

    init(extraction: ParallelExtraction, writer: ArticleWriter, replace: Bool, batch: BatchTransaction,
         fingerprints: StoredFingerprints?) {
        self.extraction = extraction
        self.writer = writer
        self.replace = replace
        self.batch = batch
        self.fingerprints = replace ? nil : fingerprints
    }

    /// Starts parsing and extracting `input` in the background, then stores the oldest batch
    /// if enough are ahead of it. (`store` looks again for each article, for a copy that was
    /// still in flight when its batch was checked.)
    mutating func submit(_ input: BatchInput, onEvent: (Ingestor.Event) -> Void) throws {
        inFlight.append(extraction.start(input, skipping: fingerprints))
        while inFlight.count > Self.batchesAhead { try storeOldest(onEvent: onEvent) }
    }

    /// Stores every batch in flight.
    mutating func drain(onEvent: (Ingestor.Event) -> Void) throws {
        while !inFlight.isEmpty { try storeOldest(onEvent: onEvent) }
    }

    /// Stores the oldest batch in flight, once its parsing and extraction are done.
    private mutating func storeOldest(onEvent: (Ingestor.Event) -> Void) throws {
        let job = inFlight.removeFirst()
        // another ingest may take the lock while this one waits for its extraction
        try batch.yieldTurn()
        let result = job.result()
        for (article, claims) in zip(result.articles, result.claims) {
            try store(article, claims: claims, onEvent: onEvent)
            summary.bytes += article.size
            onEvent(.progress(articles: summary.articles, bytes: summary.bytes))
        }
    }

    /// Closes the connections the run opened besides the writer's (after waiting for the
    /// batches in flight, which read through one of them).
    mutating func close() {
        for job in inFlight { _ = job.result() }
        inFlight.removeAll()
        fingerprints?.close()
        batch.checkpointer?.close()
    }

    /// Stores an article extracted elsewhere.
    mutating func store(_ article: ExtractedArticle, onEvent: (Ingestor.Event) -> Void) throws {
        let parsed = ParsedArticle(origin: article.origin, line: article.line, size: article.document.body.utf8.count,
                                   result: .success(article.prepared))
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
                    return .stored(try writer.write(article, claims: claims, origin: origin, line: line, in: db))
                }
                try writer.recordOrigin(origin, line: line, of: existing, in: db)
                return .stored(try writer.replace(existing, with: article, claims: claims, in: db))
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
