import ClaimsStore

/// CSV (RFC 4180 quoting) or TSV (tabs and line breaks in cells become spaces), with a header.
struct DelimitedRenderer {
    var separator: Unicode.Scalar
    /// Whether a text cell that a spreadsheet would run as a formula gets a `'` first
    /// (``CellText/startsLikeFormula(_:)``); off with `--raw`. Numbers are left as they are.
    var guardsFormulas: Bool

    /// The header line.
    func header(_ columns: [String]) -> String {
        columns.map { cell(.text($0)) }.joined(separator: String(separator)) + "\n"
    }

    /// One row's line.
    func line(_ row: [QueryResult.Value]) -> String {
        row.map(cell).joined(separator: String(separator)) + "\n"
    }

    private func cell(_ value: QueryResult.Value) -> String {
        var text = RowFormat.text(value)
        if guardsFormulas, case .text = value, CellText.startsLikeFormula(text) { text = "'" + text }
        if separator == "\t" { return text.onOneLine() }
        guard text.needsCSVQuotes(separator: separator) else { return text }
        var quoted = "\""
        for c in text {
            if c == "\"" { quoted += "\"\"" } else { quoted.append(c) }
        }
        return quoted + "\""
    }
}

/// A GitHub-flavoured Markdown table; pipes in cells are escaped.
enum MarkdownRenderer {
    /// The header row and the rule under it.
    static func header(_ columns: [String]) -> String {
        line(columns) + "|" + String(repeating: " --- |", count: columns.count) + "\n"
    }

    /// One row.
    static func line(_ cells: [String]) -> String {
        "| " + cells.map { $0.forDisplay().replacingPipes() }.joined(separator: " | ") + " |\n"
    }
}

extension String {
    func replacingPipes() -> String {
        var out = ""
        for c in self {
            if c == "|" { out += "\\|" } else { out.append(c) }
        }
        return out
    }
}
