import ClaimsExtract
import ClaimsNormalize
import Foundation
import GRDB

/// Writes one article and everything extracted from it. The caller holds the transaction,
/// so an article is stored whole or not at all.
struct ArticleWriter {
    /// Registry key -> `sources.id`, read once per ingest.
    let sourceIDs: [String: Int64]

    static func load(_ db: Database) throws -> ArticleWriter {
        var ids: [String: Int64] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT key, id FROM sources") { ids[row[0]] = row[1] }
        return ArticleWriter(sourceIDs: ids)
    }

    struct Written {
        var claims = 0
        var figures = 0
        var stances = 0
        /// Ids of the claims written (consecutive), for the full-text index.
        var claimIDs: ClosedRange<Int64>?
    }

    /// A new article, where it was read from, and its claims.
    func write(_ document: Document, claims: [Claim], sha256: String, origin: String, line: Int?, in db: Database) throws -> Written {
        try db.cachedStatement(sql: """
            INSERT INTO articles(sha256, title, url, outlet, published, format, origin, body, meta, blocks)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                sha256, document.title, document.url, document.outlet, document.published,
                document.format.rawValue, origin, document.body, Self.meta(document), StoredBlocks.encode(document.blocks),
            ])
        let articleID = db.lastInsertedRowID
        try recordOrigin(origin, line: line, of: articleID, in: db)
        return try writeClaims(claims, articleID: articleID, in: db)
    }

    /// Notes that `origin` (and `line`, for JSON Lines) carried the stored article; false
    /// when that was already known.
    @discardableResult
    func recordOrigin(_ origin: String, line: Int?, of articleID: Int64, in db: Database) throws -> Bool {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO article_origins(article_id, origin, line) VALUES (?, ?, ?)")
            .execute(arguments: [articleID, origin, line ?? 0])
        return db.changesCount > 0
    }

    /// Replaces a stored article's claims with `claims`, and its metadata with what this
    /// reading of it found; the article keeps its id.
    func replace(_ articleID: Int64, with document: Document, claims: [Claim], in db: Database) throws -> Written {
        try db.execute(sql: "UPDATE articles SET outlet = ?, format = ?, meta = ?, blocks = ? WHERE id = ?", arguments: [
            document.outlet, document.format.rawValue, Self.meta(document), StoredBlocks.encode(document.blocks), articleID,
        ])
        try db.execute(sql: "DELETE FROM claims WHERE article_id = ?", arguments: [articleID])
        return try writeClaims(claims, articleID: articleID, in: db)
    }

    /// Adds claims to `claims_fts`: one statement for many claims, as migration 0006 asks of
    /// every writer (a trigger per claim cost a quarter of ingest's writing time).
    static func index(_ claimIDs: ClosedRange<Int64>, in db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO claims_fts(rowid, text) SELECT id, text FROM claims WHERE id BETWEEN ? AND ?")
            .execute(arguments: [claimIDs.lowerBound, claimIDs.upperBound])
    }

    /// Runs a cached insert with arguments that match it by construction: GRDB's check of
    /// their count is skipped on this hot path.
    private static func run(_ statement: Statement, _ arguments: StatementArguments) throws {
        statement.setUncheckedArguments(arguments)
        try statement.execute()
    }

    /// `articles.meta`: the fields without a column, or nil.
    static func meta(_ document: Document) -> String? {
        document.meta.isEmpty ? nil : JSONText.object(document.meta)
    }

    /// The claims of an article already stored (after its old claims were deleted, on re-extraction).
    func writeClaims(_ claims: [Claim], articleID: Int64, in db: Database) throws -> Written {
        let claimStatement = try db.cachedStatement(sql: """
            INSERT INTO claims(article_id, ordinal, text, char_start, char_end) VALUES (?, ?, ?, ?, ?)
            """)
        let sourceStatement = try db.cachedStatement(sql: """
            INSERT INTO claim_sources(claim_id, source_id, role, verb, speaker, outlet, text) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let figureStatement = try db.cachedStatement(sql: """
            INSERT INTO figures(claim_id, text, value, low, high, unit, qualifier, kind, metric, metric_key, place,
                                period_start, period_end, char_start, char_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let stanceStatement = try db.cachedStatement(sql: """
            INSERT INTO stances(claim_id, actor, actor_country, target, target_key, polarity, qualifier, cue)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var written = Written()
        for (ordinal, claim) in claims.enumerated() {
            try Self.run(claimStatement, [articleID, ordinal, claim.sentence, claim.start, claim.end])
            let claimID = db.lastInsertedRowID
            written.claims += 1
            written.claimIDs = (written.claimIDs?.lowerBound ?? claimID)...claimID
            for source in claim.sources {
                guard let sourceID = sourceIDs[source.key] else { continue }
                try Self.run(sourceStatement, [
                    claimID, sourceID, source.role.rawValue, source.verb, source.speaker, source.outlet, source.text,
                ])
            }
            for figure in claim.figures {
                try Self.run(figureStatement, [
                    claimID, figure.text, figure.value, figure.low, figure.high, figure.unit, figure.qualifier.rawValue,
                    figure.kind.rawValue, figure.metric, figure.metricKey, figure.place, figure.periodStart,
                    figure.periodEnd, figure.start, figure.end,
                ])
                written.figures += 1
            }
            for stance in claim.stances {
                try Self.run(stanceStatement, [
                    claimID, stance.actor, stance.actorCountry, stance.target, stance.targetKey,
                    stance.polarity.rawValue, stance.qualifier, stance.cue,
                ])
                written.stances += 1
            }
        }
        return written
    }
}
