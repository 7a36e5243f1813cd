import Foundation
import GRDB

/// Many articles in one transaction, each in a savepoint of its own: an article is stored
/// whole or not at all, a failing article is rolled back alone, and a crash loses at most
/// the open batch (never half an article). Commits every 500 articles or every second, so
/// that readers see progress and a re-run has little to redo, and at the caller's
/// ``yieldTurn()`` once it has held the lock a quarter of a second, so that another writer
/// gets a turn while this one extracts.
///
/// The transaction begins with the first article after a commit, as `IMMEDIATE`: the lock is
/// taken before anything is read, so another process can make it wait but never fail.
struct BatchTransaction {
    let db: Database
    private var open = false
    private var pending = 0
    /// Claims written in this transaction and not yet in `claims_fts`.
    private var unindexed: [ClosedRange<Int64>] = []
    private var opened = Date()
    private static let maxArticles = 500
    private static let maxSeconds = 1.0
    private static let turnSeconds = 0.25

    /// Told after each commit; nil where SQLite's own checkpoints do all the copying.
    let checkpointer: BackgroundCheckpointer?

    init(_ db: Database, checkpointer: BackgroundCheckpointer? = nil) {
        self.db = db
        self.checkpointer = checkpointer
    }

    /// Runs one article's reads and writes inside a savepoint. An error that ended the whole
    /// transaction (a full disk, an I/O error) is rethrown as ``BatchLost``: the articles of
    /// the open batch are gone with it, and the ingest must stop.
    /// `claimIDs` names the claims it wrote, which are added to the full-text index before the
    /// transaction commits.
    mutating func article<T>(_ work: (Database) throws -> T, claimIDs: (T) -> ClosedRange<Int64>? = { _ in nil }) throws -> T {
        try articles(1, work, claimIDs: { result in claimIDs(result).map { [$0] } ?? [] })
    }

    /// Runs the reads and writes of `count` articles inside one savepoint: all of them are
    /// stored, or, when `work` throws, none (the caller can then store them one by one with
    /// ``article(_:claimIDs:)`` to find the one that fails). A savepoint per article copied
    /// every page it touched into the statement journal: ingesting Reuters-21578 took about
    /// 0.13 s longer (medians of 5 runs, 2.30 against 2.19 s and 2.12 against 1.98 s).
    /// Errors are as for ``article(_:claimIDs:)``.
    mutating func articles<T>(_ count: Int, _ work: (Database) throws -> T, claimIDs: (T) -> [ClosedRange<Int64>]) throws -> T {
        if !open {
            // the lock could not be had within the busy timeout: nothing more can be written
            do { try db.beginTransaction(.immediate) } catch { throw BatchLost(error: error) }
            open = true
            pending = 0
            opened = Date()
        }
        let result: T
        do {
            // prepared once, not compiled again for every batch
            try db.cachedStatement(sql: "SAVEPOINT articles").execute()
            result = try work(db)
            try db.cachedStatement(sql: "RELEASE SAVEPOINT articles").execute()
        } catch {
            try rollBackArticles(after: error)
            throw error
        }
        for range in claimIDs(result) {
            if let last = unindexed.last, last.upperBound + 1 == range.lowerBound {
                unindexed[unindexed.count - 1] = last.lowerBound...range.upperBound
            } else {
                unindexed.append(range)
            }
        }
        pending += count
        if pending >= Self.maxArticles || Date().timeIntervalSince(opened) >= Self.maxSeconds { try commit() }
        return result
    }

    /// Commits if the write lock has been held a turn's length, before the caller spends a
    /// while without writing. (Committing at every such moment made ingesting Reuters-21578
    /// a fifth slower, every tenth of a second a tenth; a waiting writer looks every 2 ms,
    /// so one gap every quarter of a second is enough.)
    mutating func yieldTurn() throws {
        if open && Date().timeIntervalSince(opened) >= Self.turnSeconds { try commit() }
    }

    /// Adds the claims written so far to `claims_fts`. Also needed before claims written in
    /// this transaction may be deleted (the delete trigger removes them from the index).
    mutating func indexClaims() throws {
        do {
            for range in unindexed { try ArticleWriter.index(range, in: db) }
        } catch {
            if db.isInsideTransaction { try? db.rollback() }
            open = false
            unindexed.removeAll()
            throw BatchLost(error: error)
        }
        unindexed.removeAll()
    }

    /// Commits what is pending, if anything, and lets other writers in until the next article.
    mutating func commit() throws {
        guard open else { return }
        try indexClaims()
        open = false
        do {
            try db.commit()
        } catch {
            if db.isInsideTransaction { try? db.rollback() }
            throw BatchLost(error: error)
        }
        checkpointer?.nudge()
    }

    /// Undoes the failed article (or articles) alone, or reports the batch lost when SQLite has
    /// already rolled back the transaction or the database cannot take more writes.
    private mutating func rollBackArticles(after error: Error) throws {
        let fatal = (error as? DatabaseError).map { BatchLost.ends($0.resultCode) } ?? false
        if db.isInsideTransaction && !fatal {
            try db.execute(sql: "ROLLBACK TO SAVEPOINT articles; RELEASE SAVEPOINT articles")
            return
        }
        if db.isInsideTransaction { try? db.rollback() }
        open = false
        unindexed.removeAll()
        throw BatchLost(error: error)
    }
}
