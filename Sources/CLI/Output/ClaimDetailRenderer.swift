import ClaimsStore

/// `show` output: sections for people, one nested object for JSON, one flat row otherwise.
struct ClaimDetailRenderer {
    var format: RowFormat
    /// CSV and TSV cells as stored (`--raw`).
    var raw = false

    func render(_ detail: ClaimDetail) -> String {
        switch format {
        case .table:
            var out = "claim \(detail.claimID)  (characters \(detail.charStart)-\(detail.charEnd) of article \(detail.articleID))\n"
            // every text on one line, its controls shown (String.forDisplay)
            out += "sentence   \(detail.sentence.forDisplay())\n"
            out += "paragraph  \(detail.paragraph.forDisplay())\n"
            out += "article    \(detail.title?.forDisplay() ?? "(no title)")\n"
            out += "published  \(detail.published?.forDisplay() ?? "")\n"
            out += "url        \(detail.url?.forDisplay() ?? "")\n"
            out += "outlet     \(detail.outlet?.forDisplay() ?? "")\n"
            out += "origin     \((detail.origins.first ?? detail.origin).forDisplay())\n"
            for copy in detail.origins.dropFirst() { out += "           \(copy.forDisplay()) (identical)\n" }
            for (name, result) in [("sources", detail.sources), ("figures", detail.figures), ("stances", detail.stances)] where !result.rows.isEmpty {
                out += "\n\(name)\n" + RowFormat.table.render(result, raw: raw)
            }
            return out
        case .json, .jsonl:
            let object = JSONValue.object([
                ("claim_id", .int(Int(detail.claimID))), ("sentence", .string(detail.sentence)),
                ("paragraph", .string(detail.paragraph)), ("char_start", .int(detail.charStart)), ("char_end", .int(detail.charEnd)),
                ("article_id", .int(Int(detail.articleID))), ("title", JSONValue(detail.title)), ("url", JSONValue(detail.url)),
                ("outlet", JSONValue(detail.outlet)), ("published", JSONValue(detail.published)), ("origin", .string(detail.origin)),
                ("origins", .array(detail.origins.map { .string($0) })),
                ("sources", Self.array(detail.sources)), ("figures", Self.array(detail.figures)), ("stances", Self.array(detail.stances)),
            ])
            return object.serialized() + "\n"
        case .csv, .tsv, .markdown:
            let flat = QueryResult(
                columns: ["claim_id", "sentence", "paragraph", "char_start", "char_end", "article_id", "title", "url", "published",
                          "sources", "figures", "stances"],
                rows: [[.integer(detail.claimID), .text(detail.sentence), .text(detail.paragraph), .integer(Int64(detail.charStart)),
                        .integer(Int64(detail.charEnd)), .integer(detail.articleID), detail.title.map { .text($0) } ?? .null,
                        detail.url.map { .text($0) } ?? .null, detail.published.map { .text($0) } ?? .null,
                        .text(Self.array(detail.sources).serialized()), .text(Self.array(detail.figures).serialized()),
                        .text(Self.array(detail.stances).serialized())]])
            return format.render(flat, raw: raw)
        }
    }

    private static func array(_ result: QueryResult) -> JSONValue {
        .array(result.rows.map { RowFormat.object(result.columns, $0) })
    }
}
