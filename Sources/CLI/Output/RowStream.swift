import ClaimsStore

/// Writes rows as they come, for the formats that need not see every row first (CSV, TSV and
/// JSON Lines): a whole `xref` of a million claims then holds its pairs, not its 2.7 million
/// rows and their text. The output is the same as ``RowFormat/render(_:width:)``'s.
struct RowStream {
    private let columns: [String]
    /// CSV's or TSV's renderer; nil for JSON Lines.
    private let delimited: DelimitedRenderer?
    private var buffer = ""

    /// Nil for the formats that need every row first (a table's widths, a JSON array, Markdown).
    init?(format: RowFormat, columns: [String], raw: Bool) {
        switch format {
        case .csv, .tsv, .jsonl: break
        case .table, .json, .markdown: return nil
        }
        self.columns = columns
        delimited = format.delimited(raw: raw)
        if let delimited { buffer = delimited.header(columns) }
    }

    mutating func write(_ row: [QueryResult.Value]) {
        if let delimited {
            buffer += delimited.line(row)
        } else {
            buffer += RowFormat.object(columns, row).serialized() + "\n"
        }
        if buffer.utf8.count >= 1 << 16 { flush() }
    }

    /// Writes what is left.
    mutating func finish() { flush() }

    private mutating func flush() {
        Terminal.write(buffer)
        buffer = ""
    }
}
