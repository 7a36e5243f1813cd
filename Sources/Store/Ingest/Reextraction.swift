import ClaimsExtract
import ClaimsNormalize
import Foundation
import GRDB

extension ClaimsDatabase {
    /// Runs `extractor` again over every stored article and replaces its claims, each
    /// article in its own transaction. For after an extractor or vocabulary upgrade: the
    /// articles themselves (and their ids) stay; their claims, figures and stances are new.
    public func reextract(with extractor: Extractor, normalizer: Normalizer, onArticle: (Int64) -> Void = { _ in }) throws(StoreError) -> IngestSummary {
        let started = Date()
        var summary = IngestSummary()
        let ids = try wrap { try queue.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM articles ORDER BY id") } }
        let writer = try wrap { try queue.read { db in try ArticleWriter.load(db) } }
        for id in ids {
            try wrap {
                try queue.write { db in
                    guard let row = try Row.fetchOne(db, sql: """
                        SELECT title, url, outlet, published, format, body, meta, blocks FROM articles WHERE id = ?
                        """, arguments: [id])
                    else { return }
                    let document = Self.document(from: row, normalizer: normalizer)
                    summary.bytes += document.body.utf8.count
                    try db.execute(sql: "DELETE FROM claims WHERE article_id = ?", arguments: [id])
                    var rows = PendingRows()
                    let written = try writer.writeClaims(extractor.claims(in: document), articleID: id, rows: &rows, in: db)
                    try rows.run(in: db)
                    if let claimIDs = written.claimIDs { try ArticleWriter.index(claimIDs, in: db) }
                    summary.added += 1
                    summary.claims += written.claims
                    summary.figures += written.figures
                    summary.stances += written.stances
                }
            }
            onArticle(id)
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// A stored article as the extractor saw it: its blocks from `articles.blocks`, or, for
    /// articles stored before those were kept, read again from the body as plain text.
    static func document(from row: Row, normalizer: Normalizer) -> Document {
        let body: String = row["body"] ?? ""
        let format = DocumentFormat(rawValue: row["format"] ?? "") ?? .text
        let blocks = StoredBlocks.decode(row["blocks"], bodyLength: body.utf8.count)
            ?? normalizer.plainText.normalize(body, detectTitle: format == .text).blocks
        var meta: [String: String] = [:]
        if let text: String = row["meta"], let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String] {
            meta = object
        }
        return Document(title: row["title"], url: row["url"], outlet: row["outlet"], published: row["published"],
                        format: format, body: body, blocks: blocks, meta: meta)
    }
}
