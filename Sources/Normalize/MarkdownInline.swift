/// Markdown inline markup reduced to its reading text: link text without URLs, no
/// images, no emphasis markers or code ticks.
enum MarkdownInline {
    static func plain(_ line: Substring) -> String {
        var out = ""
        out.reserveCapacity(line.utf8.count)
        var index = line.startIndex
        while index < line.endIndex {
            let c = line[index]
            if c == "!", line.index(after: index) < line.endIndex, line[line.index(after: index)] == "[",
                let (_, after) = link(line, at: line.index(after: index))
            {
                index = after  // images carry no article text
                continue
            }
            if c == "[", let (text, after) = link(line, at: index) {
                out += plain(text)
                index = after
                continue
            }
            if c == "<", let close = line[index...].firstIndex(of: ">"),
                line[index..<close].contains("://") || line[index..<close].hasPrefix("<!--")
            {
                index = line.index(after: close)
                continue
            }
            if c == "`" || ((c == "*" || c == "_") && isEmphasisMarker(line, index)) {
                index = line.index(after: index)
                continue
            }
            out.append(c)
            index = line.index(after: index)
        }
        return out
    }

    /// `[text](url)` or `[text][ref]` starting at `open`: the text and the index after it.
    private static func link(_ line: Substring, at open: Substring.Index) -> (Substring, Substring.Index)? {
        guard let close = line[open...].firstIndex(of: "]") else { return nil }
        let text = line[line.index(after: open)..<close]
        let after = line.index(after: close)
        guard after < line.endIndex else { return nil }
        let closer: Character
        switch line[after] {
        case "(": closer = ")"
        case "[": closer = "]"
        default: return nil
        }
        guard let end = line[after...].firstIndex(of: closer) else { return nil }
        return (text, line.index(after: end))
    }

    /// `*` and `_` are markup next to a word edge; `_` inside a word (snake_case) is text.
    private static func isEmphasisMarker(_ line: Substring, _ index: Substring.Index) -> Bool {
        let before = index > line.startIndex ? line[line.index(before: index)] : " "
        let afterIndex = line.index(after: index)
        let after = afterIndex < line.endIndex ? line[afterIndex] : " "
        if line[index] == "*" { return true }
        return !(before.isLetter || before.isNumber) || !(after.isLetter || after.isNumber)
    }
}
