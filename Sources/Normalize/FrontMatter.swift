/// YAML front matter at the top of a Markdown file: flat `key: value` pairs between `---` lines.
///
/// Nested YAML is not needed for article metadata (title, date, url, outlet), so only
/// scalar values are read; anything else is left in the text of the value.
struct FrontMatter {
    var fields: [(key: String, value: String)] = []
    /// The rest of the file after the closing `---`.
    var remainder: Substring

    static func split(_ text: String) -> FrontMatter {
        guard text.hasPrefix("---\n") else { return FrontMatter(remainder: text[...]) }
        let afterOpen = text.index(text.startIndex, offsetBy: 4)
        var fields: [(String, String)] = []
        var cursor = afterOpen
        while cursor < text.endIndex {
            let lineEnd = text[cursor...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[cursor..<lineEnd]
            let next = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
            if line == "---" || line == "..." {
                return FrontMatter(fields: fields, remainder: text[next...])
            }
            if let colon = line.firstIndex(of: ":") {
                let key = line[..<colon].trimmingBlanks().lowercased()
                var value = String(line[line.index(after: colon)...].trimmingBlanks())
                if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                    value = String(value.dropFirst().dropLast())
                }
                if !key.isEmpty { fields.append((key, value)) }
            }
            cursor = next
        }
        return FrontMatter(remainder: text[...])
    }
}

extension Substring {
    func trimmingBlanks() -> Substring {
        var s = self
        while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
        return s
    }
}
