import ClaimsSeeds
import Foundation
import GRDB

/// The open metric keys stored figures carry (`figures.metric_key_open`): quantities the
/// vocabulary has no key for, counted so that a user can adopt the common ones with
/// `addMetricSynonyms`.
extension ClaimsDatabase {
    /// Open keys used by at least `minimum` figures, most used first: `metric_key`, `figures`,
    /// `articles` and `example` (the phrase most of them were read from). Keys the vocabulary
    /// now has (built in or added) are left out: their figures take them at the next
    /// `reextract`.
    public func discoveredMetrics(minimum: Int = 2, limit: Int? = nil) throws(StoreError) -> QueryResult {
        let user = try userVocabularies().metricSynonyms.values
        return try wrap {
            let known = Set(try SeedVocabularies.builtIn().metrics.metrics.keys).union(user).sorted()
            let knownJSON = String(decoding: try JSONEncoder().encode(known), as: UTF8.self)
            return try queue.read { db in
                try QueryResult.fetch(try db.makeStatement(sql: """
                    SELECT f.metric_key, count(*) AS figures, count(DISTINCT c.article_id) AS articles,
                           (SELECT g.metric FROM figures g WHERE g.metric_key = f.metric_key AND g.metric_key_open = 1
                            GROUP BY g.metric ORDER BY count(*) DESC, g.metric LIMIT 1) AS example
                    FROM figures f JOIN claims c ON c.id = f.claim_id
                    WHERE f.metric_key_open = 1 AND f.metric_key NOT IN (SELECT value FROM json_each(?))
                    GROUP BY f.metric_key HAVING count(*) >= ?
                    ORDER BY figures DESC, f.metric_key
                    LIMIT ?
                    """), arguments: [knownJSON, max(1, minimum), limit ?? -1])
            }
        }
    }
}
