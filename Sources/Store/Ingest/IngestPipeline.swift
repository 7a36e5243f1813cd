import ClaimsExtract
import ClaimsNormalize
import Foundation
import GRDB

/// The writer's side of one ingest. Batches of inputs come in and are parsed and extracted
/// on every core, up to ``batchesAhead`` batches ahead of the writer, which stores them in
/// input order, each batch in one savepoint (article by article, each in its own, when one
/// of them fails).
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
        self.fingerprints = fingerprints
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
        try store(job.result(), onEvent: onEvent)
    }

    /// Stores a batch in input order: all of it in one savepoint, or, when an article fails
    /// to store (or with `replace`), article by article, each in its own.
    private mutating func store(_ result: BatchJob.Result, onEvent: (Ingestor.Event) -> Void) throws {
        let outcomes = try storeTogether(result)
        for (index, (article, claims)) in zip(result.articles, result.claims).enumerated() {
            if let outcomes {
                switch article.result {
                case .failure(let error):
                    fail(IngestFailure(origin: article.origin, line: article.line, message: error.description), onEvent: onEvent)
                case .success(let prepared):
                    warn(prepared.document, article, onEvent: onEvent)
                    if let outcome = outcomes[index] { report(outcome, origin: article.origin, onEvent: onEvent) }
                }
            } else {
                try store(article, claims: claims, onEvent: onEvent)
            }
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

    /// Stores articles extracted elsewhere, in batches as `ingest` stores its own.
    mutating func store(_ articles: ArraySlice<ExtractedArticle>, onEvent: (Ingestor.Event) -> Void) throws {
        let parsed = articles.map { article in
            ParsedArticle(origin: article.origin, line: article.line, size: article.document.body.utf8.count,
                          result: .success(article.prepared))
        }
        try store(BatchJob.Result(articles: parsed, claims: articles.map(\.claims)), onEvent: onEvent)
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

        /// The claims written, which the full-text index still needs.
        var claimIDs: ClosedRange<Int64>? {
            if case .stored(let written) = self { return written.claimIDs }
            return nil
        }
    }

    /// Stores a batch's readable articles in one savepoint, and returns each article's
    /// outcome (nil for the unreadable). Nil when some article failed to store (nothing of
    /// the batch is then stored, and the caller stores them one by one) or with `replace`.
    private mutating func storeTogether(_ result: BatchJob.Result) throws -> [Outcome?]? {
        guard !replace else { return nil }
        let (writer, extractor) = (self.writer, extraction.extractor)
        let readable = result.articles.filter { if case .success = $0.result { true } else { false } }.count
        do {
            return try batch.articles(readable, { db -> [Outcome?] in
                try zip(result.articles, result.claims).map { article, claims -> Outcome? in
                    guard case .success(let prepared) = article.result else { return nil }
                    return try Self.write(prepared, origin: article.origin, line: article.line, claims: claims,
                                          writer: writer, extractor: extractor, replace: false, in: db)
                }
            }, claimIDs: { outcomes in outcomes.compactMap { $0?.claimIDs } })
        } catch let lost as BatchLost {
            throw lost
        } catch {
            return nil
        }
    }

    /// One article's reads and writes, under the write lock and inside the caller's savepoint.
    private static func write(_ article: PreparedArticle, origin: String, line: Int?, claims extracted: [Claim]?,
                              writer: ArticleWriter, extractor: Extractor, replace: Bool, in db: Database) throws -> Outcome {
        // looked up under the write lock: another ingest may have stored it meanwhile
        let existing = try storedID(article.digest, in: db)
        if let existing, !replace {
            return try writer.recordOrigin(origin, line: line, of: existing, in: db) ? .identical(existing) : .alreadyStored
        }
        let claims = extracted ?? extractor.claims(in: article.document)
        guard let existing else {
            return .stored(try writer.write(article, claims: claims, origin: origin, line: line, in: db))
        }
        try writer.recordOrigin(origin, line: line, of: existing, in: db)
        return .stored(try writer.replace(existing, with: article, claims: claims, in: db))
    }

    /// Passes on what reading the document noticed ("read as Windows-1252").
    private func warn(_ document: Document, _ article: ParsedArticle, onEvent: (Ingestor.Event) -> Void) {
        for warning in document.warnings {
            onEvent(.warning(IngestFailure(origin: article.origin, line: article.line, message: "warning: " + warning)))
        }
    }

    /// Counts and reports what storing one article came to.
    private mutating func report(_ outcome: Outcome, origin: String, onEvent: (Ingestor.Event) -> Void) {
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
    }

    /// Stores one article in its savepoint, counting and reporting what happened. Without
    /// `claims`, the article is extracted here, once it is known not to be stored.
    private mutating func store(_ parsed: ParsedArticle, claims extracted: [Claim]?, onEvent: (Ingestor.Event) -> Void) throws {
        let (origin, line) = (parsed.origin, parsed.line)
        do {
            let article = try parsed.result.get()
            warn(article.document, parsed, onEvent: onEvent)
            if replace { try batch.indexClaims() }  // a replace deletes claims that may still wait for the index
            let (writer, extractor, replace) = (self.writer, extraction.extractor, self.replace)
            let outcome = try batch.article({ db in
                try Self.write(article, origin: origin, line: line, claims: extracted, writer: writer, extractor: extractor,
                               replace: replace, in: db)
            }, claimIDs: \.claimIDs)
            report(outcome, origin: origin, onEvent: onEvent)
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
