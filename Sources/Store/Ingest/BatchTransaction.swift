import Foundation
import GRDB

/// Many articles in one transaction, each in a savepoint of its own: an article is stored
/// whole or not at all, a failing article is rolled back alone, and a crash loses at most
/// the open batch (never half an article). Commits every 500 articles or every second, so
/// other readers see progress and a re-run has little to redo.
struct BatchTransaction {
    let db: Database
    private var pending = 0
    /// Claims written in this transaction and not yet in `claims_fts`.
    private var unindexed: [ClosedRange<Int64>] = []
    private var opened = Date()
    private static let maxArticles = 500
    private static let maxSeconds = 1.0

    init(_ db: Database) throws {
        self.db = db
        try db.beginTransaction(.immediate)
    }

    /// Runs one article's writes inside a savepoint. `claimIDs` names the claims it wrote,
    /// which are added to the full-text index before the transaction commits.
    mutating func article<T>(_ work: (Database) throws -> T, claimIDs: (T) -> ClosedRange<Int64>? = { _ in nil }) throws -> T {
        try db.execute(sql: "SAVEPOINT article")
        let result: T
        do {
            result = try work(db)
        } catch {
            try db.execute(sql: "ROLLBACK TO SAVEPOINT article; RELEASE SAVEPOINT article")
            throw error
        }
        try db.execute(sql: "RELEASE SAVEPOINT article")
        if let range = claimIDs(result) {
            if let last = unindexed.last, last.upperBound + 1 == range.lowerBound {
                unindexed[unindexed.count - 1] = last.lowerBound...range.upperBound
            } else {
                unindexed.append(range)
            }
        }
        pending += 1
        if pending >= Self.maxArticles || Date().timeIntervalSince(opened) >= Self.maxSeconds {
            try indexClaims()
            try db.commit()
            try db.beginTransaction(.immediate)
            pending = 0
            opened = Date()
        }
        return result
    }

    /// Adds the claims written so far to `claims_fts`. Also needed before claims written in
    /// this transaction may be deleted (the delete trigger removes them from the index).
    mutating func indexClaims() throws {
        for range in unindexed { try ArticleWriter.index(range, in: db) }
        unindexed.removeAll()
    }

    mutating func finish() throws {
        try indexClaims()
        try db.commit()
    }
}
