/// Markdown inline markup reduced to its reading text: link text without URLs, no
/// images, no emphasis markers or code ticks.
///
/// Each look-ahead for a closing `]`, `)` or `>` remembers where it found none, so that a line
/// of 40,000 unclosed `[` is read in linear time, not by searching the rest of it 40,000 times.
enum MarkdownInline {
    static func plain(_ line: Substring) -> String {
        var closers = Closers()
        return plain(line, &closers)
    }

    /// For each closing character, the last search: from where, and what it found (nil: none
    /// up to the end of the line). A search from a start between the two has the same answer.
    private struct Closers {
        var searched: [Character: (from: Substring.Index, found: Substring.Index?)] = [:]

        /// The first `c` at or after `start`.
        mutating func first(_ c: Character, in line: Substring, from start: Substring.Index) -> Substring.Index? {
            if let last = searched[c], last.from <= start, last.found.map({ start <= $0 }) ?? true { return last.found }
            let found = line[start...].firstIndex(of: c)
            searched[c] = (start, found)
            return found
        }
    }

    private static func plain(_ line: Substring, _ closers: inout Closers) -> String {
        var out = ""
        out.reserveCapacity(line.utf8.count)
        var index = line.startIndex
        while index < line.endIndex {
            let c = line[index]
            if c == "!", line.index(after: index) < line.endIndex, line[line.index(after: index)] == "[",
                let (_, after) = link(line, at: line.index(after: index), &closers)
            {
                index = after  // images carry no article text
                continue
            }
            if c == "[", let (text, after) = link(line, at: index, &closers) {
                var inner = Closers()
                out += plain(text, &inner)
                index = after
                continue
            }
            if c == "<", let close = closers.first(">", in: line, from: index),
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
    private static func link(_ line: Substring, at open: Substring.Index, _ closers: inout Closers) -> (Substring, Substring.Index)? {
        guard let close = closers.first("]", in: line, from: open) else { return nil }
        let text = line[line.index(after: open)..<close]
        let after = line.index(after: close)
        guard after < line.endIndex else { return nil }
        let closer: Character
        switch line[after] {
        case "(": closer = ")"
        case "[": closer = "]"
        default: return nil
        }
        guard let end = closers.first(closer, in: line, from: after) else { return nil }
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
