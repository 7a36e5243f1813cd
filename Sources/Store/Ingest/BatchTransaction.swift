import Foundation
import GRDB

/// Many articles in one transaction, so that each index page is written once per commit rather
/// than once per article. An article is stored whole or not at all, and a crash loses at most
/// the open transaction (never half an article).
///
/// Batches are written without a savepoint of their own: a savepoint copies every page it
/// touches into the statement journal, and with the indexes' pages spread over the whole file
/// that journal grew with the database. (Ingesting Reuters-21578 without them: 1.79 s against
/// 1.90, medians of 5 interleaved runs; SQLite's peak heap 6.2 MB against 10.4, `heaptrack`.)
/// When an article of such a batch fails to store, the transaction is rolled back whole
/// (``RolledBack``) and the caller stores what it held again, article by article, each in a
/// savepoint (``article(bytes:_:claimIDs:)``), so the failing article costs only itself.
///
/// The caller commits at batch boundaries: when ``isDue`` (1,000 articles, 4 MB of input
/// held for such a redo, or a second since the first write), so that readers see progress
/// and a re-run has little to redo, and when ``turnIsOver`` before it waits for extraction,
/// so that another writer gets a turn.
///
/// The transaction begins with the first article after a commit, as `IMMEDIATE`: the lock is
/// taken before anything is read, so another process can make it wait but never fail.
struct BatchTransaction {
    let db: Database
    private var open = false
    private var pending = 0
    private var pendingBytes = 0
    /// Claims written in this transaction and not yet in `claims_fts`.
    private var unindexed: [ClosedRange<Int64>] = []
    private var opened = Date()
    // Ingesting Reuters-21578, a commit every 1,000 articles instead of every 500 took the
    // bytes written from 409 to 312 MB (`wchar`) and the ingest from 1.79 to 1.65 s (medians
    // of 5 interleaved runs). What a commit holds for a redo grows with it.
    private static let maxArticles = 1_000
    private static let maxBytes = 4 << 20
    private static let maxSeconds = 1.0
    private static let turnSeconds = 0.25

    /// Told after each commit; nil where SQLite's own checkpoints do all the copying.
    let checkpointer: BackgroundCheckpointer?

    /// The transaction was rolled back whole because an article failed to store (the
    /// original error is `error`); nothing written since the last commit remains.
    struct RolledBack: Error {
        let error: Error
    }

    init(_ db: Database, checkpointer: BackgroundCheckpointer? = nil) {
        self.db = db
        self.checkpointer = checkpointer
    }

    /// Whether the open transaction should be committed now.
    var isDue: Bool {
        open && (pending >= Self.maxArticles || pendingBytes >= Self.maxBytes || Date().timeIntervalSince(opened) >= Self.maxSeconds)
    }

    /// Whether the write lock has been held a turn's length, so that the caller should commit
    /// before it spends a while without writing. (Committing at every such moment made
    /// ingesting Reuters-21578 a fifth slower, every tenth of a second a tenth; a waiting
    /// writer looks every 2 ms, so one gap every quarter of a second is enough.)
    var turnIsOver: Bool { open && Date().timeIntervalSince(opened) >= Self.turnSeconds }

    /// Runs one article's reads and writes inside a savepoint: when `work` throws, the article
    /// alone is undone. An error that ended the whole transaction (a full disk, an I/O error)
    /// is rethrown as ``BatchLost``: the open transaction is gone with it, and the ingest must
    /// stop. `claimIDs` names the claims it wrote, which are added to the full-text index
    /// before the transaction commits; `bytes` is the input it came from.
    mutating func article<T>(bytes: Int, _ work: (Database) throws -> T, claimIDs: (T) -> ClosedRange<Int64>?) throws -> T {
        try begin()
        let result: T
        do {
            // prepared once, not compiled again for every article
            try db.cachedStatement(sql: "SAVEPOINT article").execute()
            result = try work(db)
            try db.cachedStatement(sql: "RELEASE SAVEPOINT article").execute()
        } catch {
            if db.isInsideTransaction && !Self.isFatal(error) {
                try db.execute(sql: "ROLLBACK TO SAVEPOINT article; RELEASE SAVEPOINT article")
            } else {
                abandon()
            }
            if !db.isInsideTransaction { throw BatchLost(error: error) }
            throw error
        }
        written(1, bytes: bytes, claims: claimIDs(result).map { [$0] } ?? [])
        return result
    }

    /// Runs the reads and writes of `count` articles without a savepoint. When `work` throws,
    /// the transaction is rolled back whole and ``RolledBack`` is thrown, or ``BatchLost``
    /// where the error leaves nothing more to write.
    mutating func articles<T>(_ count: Int, bytes: Int, _ work: (Database) throws -> T,
                              claimIDs: (T) -> [ClosedRange<Int64>]) throws -> T {
        try begin()
        let result: T
        do {
            result = try work(db)
        } catch {
            let fatal = Self.isFatal(error)
            abandon()
            throw fatal ? BatchLost(error: error) as Error : RolledBack(error: error)
        }
        written(count, bytes: bytes, claims: claimIDs(result))
        return result
    }

    private mutating func begin() throws {
        guard !open else { return }
        // the lock could not be had within the busy timeout: nothing more can be written
        do { try db.beginTransaction(.immediate) } catch { throw BatchLost(error: error) }
        open = true
        pending = 0
        pendingBytes = 0
        opened = Date()
    }

    private mutating func written(_ count: Int, bytes: Int, claims: [ClosedRange<Int64>]) {
        for range in claims {
            if let last = unindexed.last, last.upperBound + 1 == range.lowerBound {
                unindexed[unindexed.count - 1] = last.lowerBound...range.upperBound
            } else {
                unindexed.append(range)
            }
        }
        pending += count
        pendingBytes += bytes
    }

    /// Rolls back whatever is open and forgets it.
    private mutating func abandon() {
        if db.isInsideTransaction { try? db.rollback() }
        open = false
        unindexed.removeAll()
    }

    /// Errors after which writing on is pointless or SQLite may have rolled back by itself.
    private static func isFatal(_ error: Error) -> Bool {
        (error as? DatabaseError).map { BatchLost.ends($0.resultCode) } ?? false
    }

    /// Adds the claims written so far to `claims_fts`. Also needed before claims written in
    /// this transaction may be deleted (the delete trigger removes them from the index).
    mutating func indexClaims() throws {
        do {
            for range in unindexed { try ArticleWriter.index(range, in: db) }
        } catch {
            abandon()
            throw BatchLost(error: error)
        }
        unindexed.removeAll()
    }

    /// Commits what is pending, if anything, and lets other writers in until the next write.
    mutating func commit() throws {
        guard open else { return }
        try indexClaims()
        open = false
        do {
            try db.commit()
        } catch {
            abandon()
            throw BatchLost(error: error)
        }
        checkpointer?.nudge()
    }
}
