import ClaimsNormalize
import GRDB

/// Everything about one claim: its sentence in its paragraph, its article, and the sources,
/// figures and stances read from it.
public struct ClaimDetail: Sendable {
    public var claimID: Int64
    public var sentence: String
    /// The paragraph or list item the sentence stands in.
    public var paragraph: String
    public var charStart: Int
    public var charEnd: Int
    public var articleID: Int64
    public var title: String?
    public var url: String?
    public var outlet: String?
    public var published: String?
    public var origin: String
    /// Every place the article's text was read from (`path` or `path:line`), first the one
    /// it was stored from: identical copies are stored once and listed here.
    public var origins: [String]
    public var sources: QueryResult
    public var figures: QueryResult
    public var stances: QueryResult
}

extension ClaimsDatabase {
    /// The claim with this id, or nil when there is none.
    public func claimDetail(_ id: Int64) throws(StoreError) -> ClaimDetail? {
        try wrap { try queue.read { db in try Self.claimDetail(id, in: db) } }
    }

    /// The claim with this id, read in a transaction already open.
    static func claimDetail(_ id: Int64, in db: Database) throws -> ClaimDetail? {
        // cached: `export` reads every claim through these five statements
        guard let row = try Row.fetchOne(try db.cachedStatement(sql: """
            SELECT c.id, c.text, c.char_start, c.char_end, a.id AS article_id, a.title, a.url, a.outlet, a.published,
                   a.origin, a.body, a.blocks
            FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id = ?
            """), arguments: [id])
        else { return nil }
        let body: String = row["body"] ?? ""
        let start: Int = row["char_start"]
        let end: Int = row["char_end"]
        return ClaimDetail(
            claimID: id, sentence: row["text"], paragraph: Self.paragraph(body: body, blocks: row["blocks"], start: start, end: end),
            charStart: start, charEnd: end, articleID: row["article_id"], title: row["title"], url: row["url"],
            outlet: row["outlet"], published: row["published"], origin: row["origin"],
            origins: try String.fetchAll(try db.cachedStatement(sql: """
                SELECT CASE line WHEN 0 THEN origin ELSE origin || ':' || line END
                FROM article_origins o WHERE article_id = ?
                ORDER BY origin <> (SELECT origin FROM articles WHERE id = o.article_id), ingested_at, origin, line
                """), arguments: [row["article_id"] as Int64]),
            sources: try QueryResult.fetch(try db.cachedStatement(sql: """
                SELECT s.key AS source, s.name, cs.role, cs.verb, cs.speaker, cs.outlet, cs.text
                FROM claim_sources cs JOIN sources s ON s.id = cs.source_id WHERE cs.claim_id = ?
                ORDER BY cs.role, s.key
                """), arguments: [id]),
            figures: try QueryResult.fetch(try db.cachedStatement(sql: """
                SELECT text AS figure, value, low, high, unit, qualifier, kind, metric, metric_key, metric_key_open, place,
                       period_start, period_end, char_start, char_end
                FROM figures WHERE claim_id = ? ORDER BY char_start
                """), arguments: [id]),
            stances: try QueryResult.fetch(try db.cachedStatement(sql: """
                SELECT actor, actor_country, polarity, qualifier, target, target_key, cue FROM stances WHERE claim_id = ? ORDER BY id
                """), arguments: [id]))
    }

    /// The block around the sentence (scalar offsets), from the stored block structure, or
    /// the text between blank lines when there is none.
    static func paragraph(body: String, blocks: String?, start: Int, end: Int) -> String {
        let scalars = Array(body.unicodeScalars)
        guard start >= 0, end <= scalars.count, start <= end else { return "" }
        let byteStart = String(String.UnicodeScalarView(scalars[..<start])).utf8.count
        if let stored = StoredBlocks.decode(blocks, bodyLength: body.utf8.count),
            let block = stored.first(where: { $0.start <= byteStart && byteStart < $0.end })
        {
            return String(body.utf8Slice(block.start, block.end))
        }
        var lower = start
        while lower > 0, !(scalars[lower - 1] == "\n" && lower > 1 && scalars[lower - 2] == "\n") { lower -= 1 }
        var upper = end
        while upper < scalars.count, !(scalars[upper] == "\n" && upper + 1 < scalars.count && scalars[upper + 1] == "\n") { upper += 1 }
        return String(String.UnicodeScalarView(scalars[lower..<upper]))
    }
}
