import ClaimsStore

/// Aligned columns for people, fitted to the terminal: when the rows are too wide, the
/// widest columns are cut with an ellipsis until the table fits.
struct TableRenderer {
    var maxWidth: Int

    func render(_ result: QueryResult) -> String {
        guard !result.columns.isEmpty else { return "" }
        let cells = result.rows.map { $0.map { RowFormat.text($0).forDisplay() } }
        let columns = result.columns.map { $0.forDisplay() }
        var widths = columns.map(\.count)
        for row in cells {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        // Cut the widest column first, never below its header or 12 characters.
        let floors = widths.indices.map { min(widths[$0], max(columns[$0].count, 12)) }
        let separators = 2 * (widths.count - 1)
        while widths.reduce(0, +) + separators > maxWidth,
            let widest = widths.indices.filter({ widths[$0] > floors[$0] }).max(by: { widths[$0] < widths[$1] })
        {
            widths[widest] -= 1
        }
        var out = line(columns, widths) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in cells { out += line(row, widths) + "\n" }
        return out
    }

    private func line(_ cells: [String], _ widths: [Int]) -> String {
        var parts: [String] = []
        for (index, cell) in cells.enumerated() {
            let width = widths[index]
            var text = cell
            if text.count > width { text = String(text.prefix(width - 1)) + "…" }
            let isLast = index == cells.count - 1
            parts.append(isLast ? text : text + String(repeating: " ", count: width - text.count))
        }
        var joined = parts.joined(separator: "  ")
        while joined.last == " " { joined.removeLast() }
        return joined
    }
}
