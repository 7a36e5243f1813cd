import ClaimsExtract
import ClaimsNormalize
import Foundation
import GRDB

/// The writer's side of one ingest. Batches of inputs come in and are parsed and extracted
/// on every core, up to ``batchesAhead`` batches ahead of the writer, which stores them in
/// input order, each batch at once (article by article, each in a savepoint, with `replace`
/// or once one of them fails to store; see ``BatchTransaction``).
///
/// What an article came to (stored, identical, failed) is told once its transaction
/// commits: a rolled-back transaction is stored again, and what is told is what is in the file.
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
    /// What the open transaction was given, in input order, to be stored again should it be rolled back.
    private var uncommitted: [Uncommitted] = []
    /// What the open transaction's inputs came to, told when it commits.
    private var untold: [Report] = []
    /// With `replace`, the articles this run has stored: a second copy of one in the same run
    /// is identical to it, not a replacement of it.
    private var replaced: Set<String> = []
    /// How many batches may be read ahead of the one being stored: with one, the cores sat
    /// idle whenever storing a batch took longer than extracting the next.
    static let batchesAhead = 3

    private enum Uncommitted {
        case batch(BatchJob.Result)
        case failure(IngestFailure)
    }

    private enum Report {
        case outcome(Outcome, origin: String)
        case failed(IngestFailure)
        case warning(IngestFailure)
        /// An article's input bytes, handled.
        case read(bytes: Int)
    }

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

    /// Stores every batch in flight, commits, and tells what is left to tell.
    mutating func finish(onEvent: (Ingestor.Event) -> Void) throws {
        while !inFlight.isEmpty { try storeOldest(onEvent: onEvent) }
        try commit(onEvent: onEvent)
    }

    /// Stores the oldest batch in flight, once its parsing and extraction are done.
    private mutating func storeOldest(onEvent: (Ingestor.Event) -> Void) throws {
        let job = inFlight.removeFirst()
        // another ingest may take the lock while this one waits for its extraction
        if batch.turnIsOver { try commit(onEvent: onEvent) }
        try store(job.result(), onEvent: onEvent)
    }

    /// Stores a batch in input order: all of it at once, or article by article (with
    /// `replace`, or when an article failed to store).
    private mutating func store(_ result: BatchJob.Result, onEvent: (Ingestor.Event) -> Void) throws {
        if replace {
            try storeOneByOne(result)
        } else if try !storeTogether(result) {
            try storeOneByOne(result)
        }
        // held for a redo (none happens with `replace`) without its claims, which are then
        // extracted again
        if !replace { uncommitted.append(.batch(BatchJob.Result(articles: result.articles, claims: result.claims.map { _ in nil }))) }
        if batch.isDue { try commit(onEvent: onEvent) }
    }

    /// Commits the open transaction, if any, and tells what its inputs came to.
    private mutating func commit(onEvent: (Ingestor.Event) -> Void) throws {
        try batch.commit()
        uncommitted.removeAll()
        let reports = untold
        untold.removeAll()
        for report in reports { tell(report, onEvent: onEvent) }
    }

    /// The open transaction was lost (the ingest stops): tells the inputs that could not be
    /// read; what was stored in it is gone, and is not told.
    mutating func lose(onEvent: (Ingestor.Event) -> Void) {
        for case .failed(let failure) in untold { tell(.failed(failure), onEvent: onEvent) }
        untold.removeAll()
        uncommitted.removeAll()
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

    /// Notes an input that could not be read at all, to be told in input order.
    mutating func fail(_ failure: IngestFailure) {
        uncommitted.append(.failure(failure))
        untold.append(.failed(failure))
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

    /// Stores a batch's readable articles together, without a savepoint. False when one of
    /// them failed to store: the transaction was rolled back, what it held has been stored
    /// again article by article, and the caller stores this batch the same way.
    private mutating func storeTogether(_ result: BatchJob.Result) throws -> Bool {
        let (writer, extractor) = (self.writer, extraction.extractor)
        var readable = 0, bytes = 0
        for article in result.articles {
            if case .success = article.result { readable += 1 }
            bytes += article.size
        }
        let outcomes: [Outcome?]
        do {
            outcomes = try batch.articles(readable, bytes: bytes, { db -> [Outcome?] in
                // the batch's figures and stances go in together, at its end
                var rows = PendingRows()
                let outcomes = try zip(result.articles, result.claims).map { article, claims -> Outcome? in
                    guard case .success(let prepared) = article.result else { return nil }
                    return try Self.write(prepared, origin: article.origin, line: article.line, claims: claims,
                                          writer: writer, extractor: extractor, replace: false, rows: &rows, in: db)
                }
                try rows.run(in: db)
                return outcomes
            }, claimIDs: { outcomes in outcomes.compactMap { $0?.claimIDs } })
        } catch is BatchTransaction.RolledBack {
            let held = uncommitted
            uncommitted.removeAll()
            untold.removeAll()
            for entry in held {
                switch entry {
                case .batch(let earlier): try storeOneByOne(earlier)
                case .failure(let failure): untold.append(.failed(failure))
                }
                uncommitted.append(entry)
            }
            return false
        }
        for (article, outcome) in zip(result.articles, outcomes) {
            switch article.result {
            case .failure(let error):
                untold.append(.failed(IngestFailure(origin: article.origin, line: article.line, message: error.description)))
            case .success(let prepared):
                warn(prepared.document, article)
                if let outcome { untold.append(.outcome(outcome, origin: article.origin)) }
            }
            untold.append(.read(bytes: article.size))
        }
        return true
    }

    /// Stores a batch article by article, each in a savepoint of its own.
    private mutating func storeOneByOne(_ result: BatchJob.Result) throws {
        for (article, claims) in zip(result.articles, result.claims) {
            try store(article, claims: claims)
            untold.append(.read(bytes: article.size))
        }
    }

    /// One article's reads and writes, under the write lock and inside the caller's transaction.
    /// Figures and stances go to `rows`, for the caller to insert before the article's
    /// transaction or savepoint ends.
    private static func write(_ article: PreparedArticle, origin: String, line: Int?, claims extracted: [Claim]?,
                              writer: ArticleWriter, extractor: Extractor, replace: Bool, rows: inout PendingRows,
                              in db: Database) throws -> Outcome {
        // looked up under the write lock: another ingest may have stored it meanwhile
        let existing = try storedID(article.digest, in: db)
        if let existing, !replace {
            return try writer.recordOrigin(origin, line: line, of: existing, in: db) ? .identical(existing) : .alreadyStored
        }
        let claims = extracted ?? extractor.claims(in: article.document)
        guard let existing else {
            return .stored(try writer.write(article, claims: claims, origin: origin, line: line, rows: &rows, in: db))
        }
        try writer.recordOrigin(origin, line: line, of: existing, in: db)
        return .stored(try writer.replace(existing, with: article, claims: claims, rows: &rows, in: db))
    }

    /// Passes on what reading the document noticed ("read as Windows-1252").
    private mutating func warn(_ document: Document, _ article: ParsedArticle) {
        for warning in document.warnings {
            untold.append(.warning(IngestFailure(origin: article.origin, line: article.line, message: "warning: " + warning)))
        }
    }

    /// Counts and tells one report.
    private mutating func tell(_ report: Report, onEvent: (Ingestor.Event) -> Void) {
        switch report {
        case .outcome(.identical(let existing), let origin):
            summary.identical += 1
            onEvent(.identical(origin: origin, article: existing))
        case .outcome(.alreadyStored, let origin):
            summary.skipped += 1
            onEvent(.alreadyStored(origin: origin))
        case .outcome(.stored(let written), let origin):
            summary.added += 1
            summary.claims += written.claims
            summary.figures += written.figures
            summary.stances += written.stances
            onEvent(.stored(origin: origin, claims: written.claims))
        case .failed(let failure):
            summary.failed += 1
            onEvent(.failed(failure))
        case .warning(let warning):
            onEvent(.warning(warning))
        case .read(let bytes):
            summary.bytes += bytes
            onEvent(.progress(articles: summary.articles, bytes: summary.bytes))
        }
    }

    /// Stores one article in its savepoint, noting what happened. Without `claims`, the
    /// article is extracted here, once it is known not to be stored.
    private mutating func store(_ parsed: ParsedArticle, claims extracted: [Claim]?) throws {
        let (origin, line) = (parsed.origin, parsed.line)
        let failure: String
        do {
            let article = try parsed.result.get()
            warn(article.document, parsed)
            if replace { try batch.indexClaims() }  // a replace deletes claims that may still wait for the index
            let (writer, extractor) = (self.writer, extraction.extractor)
            let replace = self.replace && !replaced.contains(article.digest)
            let outcome = try batch.article(bytes: parsed.size, { db in
                var rows = PendingRows()
                let outcome = try Self.write(article, origin: origin, line: line, claims: extracted, writer: writer,
                                             extractor: extractor, replace: replace, rows: &rows, in: db)
                try rows.run(in: db)
                return outcome
            }, claimIDs: \.claimIDs)
            if self.replace, case .stored = outcome { replaced.insert(article.digest) }
            untold.append(.outcome(outcome, origin: origin))
            return
        } catch let lost as BatchLost {
            throw lost
        } catch let error as NormalizeError {
            failure = error.description
        } catch let error as DatabaseError {
            failure = "not stored: " + (error.message ?? String(describing: error))
        } catch {
            failure = String(describing: error)
        }
        untold.append(.failed(IngestFailure(origin: origin, line: line, message: failure)))
    }
}
