import ClaimsNormalize
import Foundation

/// `articles.blocks`: a document's block structure as compact JSON, `[["paragraph", 0, 120], ...]`.
enum StoredBlocks {
    static func encode(_ blocks: [Block]) -> String {
        "[" + blocks.map { "[\"\($0.kind.rawValue)\",\($0.start),\($0.end)]" }.joined(separator: ",") + "]"
    }

    /// The blocks, or nil when the text is missing or malformed or points outside the body.
    static func decode(_ text: String?, bodyLength: Int) -> [Block]? {
        guard let text, let rows = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[Any]] else { return nil }
        var blocks: [Block] = []
        for row in rows {
            guard row.count == 3, let name = row[0] as? String, let kind = BlockKind(rawValue: name),
                let start = (row[1] as? NSNumber)?.intValue, let end = (row[2] as? NSNumber)?.intValue,
                start >= 0, start <= end, end <= bodyLength
            else { return nil }
            blocks.append(Block(kind: kind, start: start, end: end))
        }
        return blocks
    }
}
