import ClaimsStore

/// Writes rows in a ``RowFormat`` as they come. CSV, TSV, JSON Lines, JSON (an array written
/// element by element) and Markdown hold one row at a time, so a query of ten million rows,
/// an export of the whole file or every `xref` pair runs in the memory of a few rows; a table
/// holds them all, since its column widths depend on every row.
/// ``RowFormat/render(_:width:raw:)`` writes a whole result through the same path.
final class RowStream {
    private let format: RowFormat
    private let out: OutputBuffer
    private let delimited: DelimitedRenderer?
    private let width: Int?
    private var columns: [String] = []
    private var written = 0
    /// The rows of a table, held until ``finish()``.
    private var held: [[QueryResult.Value]] = []

    /// `raw`: CSV and TSV cells as stored. `width`: a table's, the terminal's when nil.
    init(format: RowFormat, raw: Bool, width: Int? = nil, out: OutputBuffer = OutputBuffer()) {
        self.format = format
        self.out = out
        self.width = width
        delimited = format.delimited(raw: raw)
    }

    /// Starts the output: a header, or the opening of a JSON array.
    func begin(_ columns: [String]) {
        self.columns = columns
        switch format {
        case .csv, .tsv: out.append(delimited?.header(columns) ?? "")
        case .json: out.append("[")
        case .markdown: out.append(MarkdownRenderer.header(columns))
        case .table, .jsonl: break
        }
    }

    func write(_ row: [QueryResult.Value]) {
        switch format {
        case .csv, .tsv: out.append(delimited?.line(row) ?? "")
        case .jsonl: out.append(RowFormat.object(columns, row).serialized() + "\n")
        case .json: out.append((written == 0 ? "" : ", ") + RowFormat.object(columns, row).serialized())
        case .markdown: out.append(MarkdownRenderer.line(row.map(RowFormat.text)))
        case .table: held.append(row)
        }
        written += 1
    }

    /// Writes what is left.
    func finish() {
        switch format {
        case .json: out.append("]\n")
        case .table:
            out.append(TableRenderer(maxWidth: width ?? Terminal.width()).render(QueryResult(columns: columns, rows: held)))
            held = []
        case .csv, .tsv, .jsonl, .markdown: break
        }
        out.flush()
    }
}
