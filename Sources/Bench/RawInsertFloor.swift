import ClaimsStore
import Foundation
import GRDBSQLite

/// The floor for the write path: the rows `Ingestor.store` writes, inserted through
/// SQLite's C API with prepared statements, the same pragmas and the same commit every 1,000
/// articles, but no savepoints, no existence checks and no Swift layer in between.
struct RawInsertFloor {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let db: OpaquePointer
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Opens a database that already has the claimsdb schema.
    init(path: String) throws {
        var handle: OpaquePointer?
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK, let handle else {
            throw Failure(description: "cannot open \(path)")
        }
        db = handle
        try exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = ON")
    }

    func close() { sqlite3_close_v2(db) }

    /// Inserts every article with its claims, sources, figures and stances; returns the rows written.
    func insert(_ articles: [ExtractedArticle]) throws -> Int {
        var sourceIDs: [String: Int64] = [:]
        let lookup = try prepare("SELECT key, id FROM sources")
        while sqlite3_step(lookup) == SQLITE_ROW {
            sourceIDs[String(cString: sqlite3_column_text(lookup, 0))] = sqlite3_column_int64(lookup, 1)
        }
        sqlite3_finalize(lookup)
        let article = try prepare("""
            INSERT INTO articles(sha256, title, url, outlet, published, format, origin, body, meta, blocks)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let origin = try prepare("INSERT OR IGNORE INTO article_origins(article_id, origin, line) VALUES (?, ?, ?)")
        let claim = try prepare("INSERT INTO claims(article_id, ordinal, text, char_start, char_end) VALUES (?, ?, ?, ?, ?)")
        let source = try prepare("""
            INSERT INTO claim_sources(claim_id, source_id, role, verb, speaker, outlet, text) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let figure = try prepare("""
            INSERT INTO figures(claim_id, text, value, low, high, unit, qualifier, kind, metric, metric_key, metric_key_open,
                                place, period_start, period_end, char_start, char_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let stance = try prepare("""
            INSERT INTO stances(claim_id, actor, actor_country, target, target_key, polarity, qualifier, cue)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let index = try prepare("INSERT INTO claims_fts(rowid, text) SELECT id, text FROM claims WHERE id > ?")
        defer { [article, origin, claim, source, figure, stance, index].forEach { sqlite3_finalize($0) } }
        var indexed: Int64 = 0
        var lastClaimID: Int64 = 0
        func commit() throws {
            try run(index, [.integer(indexed)])
            indexed = lastClaimID
            try exec("COMMIT")
        }
        var rows = 0
        try exec("BEGIN IMMEDIATE")
        for (offset, item) in articles.enumerated() {
            let document = item.document
            try run(article, [.text(item.digest), .text(document.title), .text(document.url), .text(document.outlet),
                              .text(document.published), .text(document.format.rawValue), .text(item.origin), .text(document.body),
                              .text(item.metaJSON), .text(item.blocksJSON)])
            let articleID = sqlite3_last_insert_rowid(db)
            try run(origin, [.integer(articleID), .text(item.origin), .integer(Int64(item.line ?? 0))])
            rows += 2
            for (ordinal, sentence) in item.claims.enumerated() {
                try run(claim, [.integer(articleID), .integer(Int64(ordinal)), .text(sentence.sentence),
                                .integer(Int64(sentence.start)), .integer(Int64(sentence.end))])
                let claimID = sqlite3_last_insert_rowid(db)
                lastClaimID = claimID
                rows += 1
                for cited in sentence.sources {
                    guard let sourceID = sourceIDs[cited.key] else { continue }
                    try run(source, [.integer(claimID), .integer(sourceID), .text(cited.role.rawValue), .text(cited.verb),
                                     .text(cited.speaker), .text(cited.outlet), .text(cited.text)])
                    rows += 1
                }
                for number in sentence.figures {
                    try run(figure, [.integer(claimID), .text(number.text), .real(number.value), .real(number.low), .real(number.high),
                                     .text(number.unit), .text(number.qualifier.rawValue), .text(number.kind.rawValue), .text(number.metric),
                                     .text(number.metricKey), .integer(number.metricKeyIsOpen ? 1 : 0), .text(number.place), .text(number.periodStart), .text(number.periodEnd),
                                     .integer(Int64(number.start)), .integer(Int64(number.end))])
                    rows += 1
                }
                for side in sentence.stances {
                    try run(stance, [.integer(claimID), .text(side.actor), .text(side.actorCountry), .text(side.target),
                                     .text(side.targetKey), .text(side.polarity.rawValue), .text(side.qualifier), .text(side.cue)])
                    rows += 1
                }
            }
            if (offset + 1) % 1_000 == 0 {
                try commit()
                try exec("BEGIN IMMEDIATE")
            }
        }
        try commit()
        return rows
    }

    private enum Value {
        case text(String?)
        case integer(Int64)
        case real(Double?)
    }

    private func run(_ statement: OpaquePointer, _ values: [Value]) throws {
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            switch value {
            case .text(let text?): sqlite3_bind_text(statement, index, text, -1, Self.transient)
            case .integer(let number): sqlite3_bind_int64(statement, index, number)
            case .real(let number?): sqlite3_bind_double(statement, index, number)
            case .text(nil), .real(nil): sqlite3_bind_null(statement, index)
            }
        }
        defer { sqlite3_reset(statement) }
        guard sqlite3_step(statement) == SQLITE_DONE else { throw Failure(description: String(cString: sqlite3_errmsg(db))) }
    }

    private func prepare(_ sql: String) throws -> OpaquePointer {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v3(db, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil) == SQLITE_OK, let statement else {
            throw Failure(description: String(cString: sqlite3_errmsg(db)))
        }
        return statement
    }

    private func exec(_ sql: String) throws {
        guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else { throw Failure(description: String(cString: sqlite3_errmsg(db))) }
    }
}
