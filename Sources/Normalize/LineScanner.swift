/// A line of a body with its byte range, content trimmed of surrounding blanks.
struct Line {
    /// Byte range of the trimmed content.
    var start: Int
    var end: Int
    var isBlank: Bool { start == end }
}

/// Splits UTF-8 text into lines (on `\n`), trimming spaces, tabs and no-break spaces.
enum LineScanner {
    static func lines(_ bytes: [UInt8]) -> [Line] {
        var lines: [Line] = []
        var lineStart = 0
        var index = 0
        let count = bytes.count
        while index <= count {
            if index == count || bytes[index] == 10 {
                var start = lineStart
                var end = index
                while start < end, let width = blankWidth(bytes, at: start) { start += width }
                while end > start, let width = blankWidthBefore(bytes, end: end) { end -= width }
                lines.append(Line(start: start, end: end))
                lineStart = index + 1
            }
            index += 1
        }
        return lines
    }

    /// Width of a blank (space, tab, U+00A0, U+2009, U+202F) starting at `i`, if any.
    static func blankWidth(_ b: [UInt8], at i: Int) -> Int? {
        switch b[i] {
        case 32, 9, 11, 12: return 1
        case 0xC2 where i + 1 < b.count && b[i + 1] == 0xA0: return 2
        case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0x89 || b[i + 2] == 0xAF || b[i + 2] == 0x8B): return 3
        default: return nil
        }
    }

    static func blankWidthBefore(_ b: [UInt8], end: Int) -> Int? {
        if end >= 1, blankWidth(b, at: end - 1) == 1 { return 1 }
        if end >= 2, blankWidth(b, at: end - 2) == 2 { return 2 }
        if end >= 3, blankWidth(b, at: end - 3) == 3 { return 3 }
        return nil
    }
}
