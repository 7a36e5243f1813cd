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

    /// A new article, where it was read from, and its claims; its figures and stances go to
    /// `rows`, for the caller to insert.
    func write(_ article: PreparedArticle, claims: [Claim], origin: String, line: Int?, rows: inout PendingRows,
               in db: Database) throws -> Written {
        let document = article.document
        try BoundInsert("""
            INSERT INTO articles(sha256, title, url, outlet, published, format, origin, body, meta, blocks)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, in: db).run(.text(article.digest), .text(document.title), .text(document.url), .text(document.outlet),
                             .text(document.published), .text(document.format.rawValue), .text(origin), .text(document.body),
                             .text(article.meta), .text(article.blocks))
        let articleID = db.lastInsertedRowID
        try recordOrigin(origin, line: line, of: articleID, in: db)
        return try writeClaims(claims, articleID: articleID, rows: &rows, in: db)
    }

    /// Notes that `origin` (and `line`, for JSON Lines) carried the stored article; false
    /// when that was already known.
    @discardableResult
    func recordOrigin(_ origin: String, line: Int?, of articleID: Int64, in db: Database) throws -> Bool {
        try BoundInsert("INSERT OR IGNORE INTO article_origins(article_id, origin, line) VALUES (?, ?, ?)", in: db)
            .run(.integer(articleID), .text(origin), .integer(Int64(line ?? 0)))
        return db.changesCount > 0
    }

    /// Replaces a stored article's claims with `claims`, and its metadata with what this
    /// reading of it found; the article keeps its id.
    func replace(_ articleID: Int64, with article: PreparedArticle, claims: [Claim], rows: inout PendingRows,
                 in db: Database) throws -> Written {
        try db.execute(sql: "UPDATE articles SET outlet = ?, format = ?, meta = ?, blocks = ? WHERE id = ?", arguments: [
            article.document.outlet, article.document.format.rawValue, article.meta, article.blocks, articleID,
        ])
        try db.execute(sql: "DELETE FROM claims WHERE article_id = ?", arguments: [articleID])
        return try writeClaims(claims, articleID: articleID, rows: &rows, in: db)
    }

    /// The id of a source found in the text (not curated): the source its key or a name it
    /// was read under already names, else a new row of origin `discovered`; the name it was
    /// read under becomes an alias, so that `find --source` takes any of its names. Looked up
    /// in the database, not cached, so that a batch rolled back leaves no stale id behind.
    private func discoveredSourceID(_ source: SourceCitation, in db: Database) throws -> Int64 {
        let byKey = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM sources WHERE key = ?"), arguments: [source.key])
        let id: Int64
        if let byKey {
            id = byKey
        } else if source.name.contains(" "), let byName = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT source_id FROM source_aliases WHERE alias = ?"), arguments: [source.name])
        {
            // a name of several words read before under another key ("Confederation of
            // British Industry", keyed CBI where the article gave the acronym)
            return byName
        } else {
            try db.cachedStatement(sql: "INSERT INTO sources(key, name, kind, origin) VALUES (?, ?, ?, 'discovered')")
                .execute(arguments: [source.key, source.name, (source.kind ?? .other).rawValue])
            id = db.lastInsertedRowID
        }
        try db.cachedStatement(sql: "INSERT INTO source_aliases(alias, source_id, origin) VALUES (?, ?, 'discovered') ON CONFLICT(alias) DO NOTHING")
            .execute(arguments: [source.name, id])
        return id
    }

    /// Adds claims to `claims_fts`: one statement for many claims, as migration 0006 asks of
    /// every writer (a trigger per claim cost a quarter of ingest's writing time).
    static func index(_ claimIDs: ClosedRange<Int64>, in db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO claims_fts(rowid, text) SELECT id, text FROM claims WHERE id BETWEEN ? AND ?")
            .execute(arguments: [claimIDs.lowerBound, claimIDs.upperBound])
    }

    /// `articles.meta`: the fields without a column, or nil.
    static func meta(_ document: Document) -> String? {
        document.meta.isEmpty ? nil : JSONText.object(document.meta)
    }

    /// The claims of an article already stored (after its old claims were deleted, on
    /// re-extraction); their figures and stances go to `rows`, for the caller to insert.
    func writeClaims(_ claims: [Claim], articleID: Int64, rows: inout PendingRows, in db: Database) throws -> Written {
        let claimInsert = try BoundInsert("""
            INSERT INTO claims(article_id, ordinal, text, char_start, char_end) VALUES (?, ?, ?, ?, ?)
            """, in: db)
        let sourceInsert = try BoundInsert("""
            INSERT INTO claim_sources(claim_id, source_id, role, verb, speaker, outlet, text, title) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, in: db)
        var written = Written()
        for (ordinal, claim) in claims.enumerated() {
            try claimInsert.run(.integer(articleID), .integer(Int64(ordinal)), .text(claim.sentence),
                                .integer(Int64(claim.start)), .integer(Int64(claim.end)))
            let claimID = db.lastInsertedRowID
            written.claims += 1
            written.claimIDs = (written.claimIDs?.lowerBound ?? claimID)...claimID
            var cited = Set<Int64>()
            for source in claim.sources {
                guard let sourceID = source.isCurated ? sourceIDs[source.key] : try discoveredSourceID(source, in: db),
                    cited.insert(sourceID).inserted
                else { continue }
                try sourceInsert.run(.integer(claimID), .integer(sourceID), .text(source.role.rawValue), .text(source.verb),
                                     .text(source.speaker), .text(source.outlet), .text(source.text), .text(source.title))
            }
            for figure in claim.figures {
                rows.figures.append(.integer(claimID), .text(figure.text), .real(figure.value), .real(figure.low), .real(figure.high),
                                    .text(figure.unit), .text(figure.qualifier.rawValue), .text(figure.kind.rawValue),
                                    .text(figure.metric), .text(figure.metricKey), .integer(figure.metricKeyIsOpen ? 1 : 0),
                                    .text(figure.place), .text(figure.periodStart), .text(figure.periodEnd), .text(figure.holder),
                                    .text(figure.specifier),
                                    .integer(Int64(figure.start)), .integer(Int64(figure.end)))
                written.figures += 1
            }
            for stance in claim.stances {
                rows.stances.append(.integer(claimID), .text(stance.actor), .text(stance.actorCountry), .text(stance.target),
                                    .text(stance.targetKey), .text(stance.polarity.rawValue), .text(stance.qualifier), .text(stance.cue))
                written.stances += 1
            }
        }
        return written
    }
}
