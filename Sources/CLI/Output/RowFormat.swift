import ArgumentParser
import ClaimsStore

/// The output formats every query command offers; the same rows in each.
enum RowFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, jsonl, csv, tsv, markdown

    /// A whole result as text, through ``RowStream``. `raw`: CSV and TSV cells as stored,
    /// without the `'` before those that start like a formula.
    func render(_ result: QueryResult, width: Int? = nil, raw: Bool) -> String {
        var text = ""
        let stream = RowStream(format: self, raw: raw, width: width, out: OutputBuffer { text += $0 })
        stream.begin(result.columns)
        for row in result.rows { stream.write(row) }
        stream.finish()
        return text
    }

    /// The renderer of CSV and TSV; nil for the other formats.
    func delimited(raw: Bool) -> DelimitedRenderer? {
        switch self {
        case .csv: return DelimitedRenderer(separator: ",", guardsFormulas: !raw)
        case .tsv: return DelimitedRenderer(separator: "\t", guardsFormulas: !raw)
        case .table, .json, .jsonl, .markdown: return nil
        }
    }

    static func object(_ columns: [String], _ row: [QueryResult.Value]) -> JSONValue {
        .object(zip(columns, row).map { ($0, json($1)) })
    }

    static func json(_ value: QueryResult.Value) -> JSONValue {
        switch value {
        case .null: return .null
        case .integer(let i): return .int(Int(i))
        case .real(let d): return .double(d)
        case .text(let s): return .string(s)
        }
    }

    /// A value as text for table, CSV, TSV and Markdown cells; NULL is empty.
    static func text(_ value: QueryResult.Value) -> String {
        switch value {
        case .null: return ""
        case .integer(let i): return String(i)
        case .real(let d): return JSONValue.number(d)
        case .text(let s): return s
        }
    }
}
