@testable import ClaimsStore
import Foundation
import GRDB

/// What a claimsdb database holds, without row ids or ingest times: per article (by its
/// content hash), the article's columns and every claim, source link, figure and stance as
/// sorted lines. Two ingests of the same input must give equal dumps, whatever the order
/// or the interruptions.
struct DatabaseDump: Equatable {
    var articles: [String: [String]]

    var claimCount: Int { articles.values.reduce(0) { $0 + $1.filter { $0.hasPrefix("claim") }.count } }
    var figureCount: Int { articles.values.reduce(0) { $0 + $1.filter { $0.hasPrefix("figure") }.count } }
    var stanceCount: Int { articles.values.reduce(0) { $0 + $1.filter { $0.hasPrefix("stance") }.count } }

    private static let queries: [(kind: String, sql: String)] = [
        ("article", "SELECT sha256, title, url, outlet, published, format, origin, body, meta, blocks FROM articles"),
        ("origin", "SELECT a.sha256, o.origin, o.line FROM article_origins o JOIN articles a ON a.id = o.article_id"),
        ("claim", """
            SELECT a.sha256, c.ordinal, c.text, c.char_start, c.char_end
            FROM claims c JOIN articles a ON a.id = c.article_id
            """),
        ("source", """
            SELECT a.sha256, c.ordinal, s.key, cs.role, cs.verb, cs.speaker, cs.outlet, cs.text
            FROM claim_sources cs JOIN claims c ON c.id = cs.claim_id JOIN articles a ON a.id = c.article_id
            JOIN sources s ON s.id = cs.source_id
            """),
        ("figure", """
            SELECT a.sha256, c.ordinal, f.text, f.value, f.low, f.high, f.unit, f.qualifier, f.kind, f.metric,
                   f.metric_key, f.place, f.period_start, f.period_end, f.char_start, f.char_end
            FROM figures f JOIN claims c ON c.id = f.claim_id JOIN articles a ON a.id = c.article_id
            """),
        ("stance", """
            SELECT a.sha256, c.ordinal, s.actor, s.actor_country, s.target, s.target_key, s.polarity, s.qualifier, s.cue
            FROM stances s JOIN claims c ON c.id = s.claim_id JOIN articles a ON a.id = c.article_id
            """),
    ]

    static func read(_ path: String) throws -> DatabaseDump {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(30)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        var articles: [String: [String]] = [:]
        try queue.read { db in
            // killed while the file was being created: no migration, or not all of them yet. Ingest
            // writes articles only once every migration is in, so there must be none.
            let applied = try db.tableExists("grdb_migrations") ? try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations") : []
            guard applied.isSuperset(of: MigrationRegistry.all.map(\.identifier)) else {
                if try db.tableExists("articles"), try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") != 0 {
                    articles["articles stored before the schema was complete"] = []
                }
                return
            }
            for (kind, sql) in queries {
                for row in try Row.fetchAll(db, sql: sql) {
                    let sha: String = row[0]
                    let fields = (1..<row.count).map { index -> String in (row[index] as DatabaseValue).description }
                    articles[sha, default: []].append(kind + "|" + fields.joined(separator: "|"))
                }
            }
        }
        for key in articles.keys { articles[key]?.sort() }
        return DatabaseDump(articles: articles)
    }

    /// `PRAGMA integrity_check` and the FTS index's own check; "ok" when both pass.
    static func integrity(_ path: String) throws -> String {
        let queue = try DatabaseQueue(path: path)
        return try queue.write { db in
            let check = try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ")
            if try db.tableExists("claims_fts") {
                // with rank 1, FTS5 also compares the index with the claims it is built from
                try db.execute(sql: "INSERT INTO claims_fts(claims_fts, rank) VALUES ('integrity-check', 1)")
            }
            let keys = try String.fetchAll(db, sql: "PRAGMA foreign_key_check").joined(separator: "; ")
            return keys.isEmpty ? check : check + "; foreign keys: " + keys
        }
    }
}
