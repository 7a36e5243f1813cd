import Foundation
import GRDB

/// Many articles in one transaction, each in a savepoint of its own: an article is stored
/// whole or not at all, a failing article is rolled back alone, and a crash loses at most
/// the open batch (never half an article). Commits every 500 articles or every second, so
/// other readers see progress and a re-run has little to redo.
struct BatchTransaction {
    let db: Database
    private var pending = 0
    private var opened = Date()
    private static let maxArticles = 500
    private static let maxSeconds = 1.0

    init(_ db: Database) throws {
        self.db = db
        try db.beginTransaction(.immediate)
    }

    /// Runs one article's writes inside a savepoint.
    mutating func article<T>(_ work: (Database) throws -> T) throws -> T {
        try db.execute(sql: "SAVEPOINT article")
        let result: T
        do {
            result = try work(db)
        } catch {
            try db.execute(sql: "ROLLBACK TO SAVEPOINT article; RELEASE SAVEPOINT article")
            throw error
        }
        try db.execute(sql: "RELEASE SAVEPOINT article")
        pending += 1
        if pending >= Self.maxArticles || Date().timeIntervalSince(opened) >= Self.maxSeconds {
            try db.commit()
            try db.beginTransaction(.immediate)
            pending = 0
            opened = Date()
        }
        return result
    }

    func finish() throws {
        try db.commit()
    }
}
