import ClaimsSeeds

/// Decides what a line or paragraph of plain text is: heading, list item, paragraph or
/// page furniture. Shared by the plain-text and Markdown normalizers.
struct BlockClassifier: Sendable {
    private let boilerplate: Set<String>
    private let breadcrumbRoots: [String]
    /// UTF-8 length of the longest boilerplate line.
    private let longestBoilerplate: Int

    init(vocabulary: TextVocabulary) {
        boilerplate = Set(vocabulary.boilerplateLines)
        breadcrumbRoots = vocabulary.breadcrumbRoots
        longestBoilerplate = vocabulary.boilerplateLines.map(\.utf8.count).max() ?? 0
    }

    /// Lines such as "Read Next" or "Follow us on:".
    func isBoilerplate(_ text: Substring) -> Bool {
        // Every paragraph is asked, and lowercasing whole paragraphs made ingesting BBC News
        // take 0.85 s instead of 0.33. Lowercasing shortens UTF-8 by at most 3 to 1 (the
        // Kelvin sign to "k"), so a line whose core is over 4 times the longest boilerplate
        // line cannot be one.
        if Self.coreLength(text) > 4 * longestBoilerplate { return false }
        var key = text.lowercased()
        while let last = key.last, last == ":" || last == "." || last == "|" || last == "›" || last == ">" {
            key.removeLast()
        }
        key = String(key.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
        return boilerplate.contains(key)
    }

    /// Bytes of `text` without its leading blanks and its trailing blanks and `: . | › >`,
    /// the characters ``isBoilerplate(_:)`` trims.
    private static func coreLength(_ text: Substring) -> Int {
        let bytes = text.utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, bytes[start] == 0x20 { start = bytes.index(after: start) }
        while start < end {
            let last = bytes.index(before: end)
            switch bytes[last] {
            case 0x20, UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "|"), UInt8(ascii: ">"):
                end = last
            case 0xBA where bytes.distance(from: start, to: last) >= 2
                && bytes[bytes.index(last, offsetBy: -1)] == 0x80 && bytes[bytes.index(last, offsetBy: -2)] == 0xE2:
                end = bytes.index(last, offsetBy: -2)  // ›
            default:
                return bytes.distance(from: start, to: end)
            }
        }
        return 0
    }

    /// A short line without sentence punctuation at its end, such as "Summary" or
    /// "A Turning Point in European Security".
    func looksLikeHeading(_ text: Substring) -> Bool {
        guard let last = text.last, text.count <= 140 else { return false }
        if ".!?;,\"”’)".contains(last) { return false }
        let words = text.split(whereSeparator: { $0 == " " })
        if words.count > 16 { return false }
        return true
    }

    /// A breadcrumb trail glued to the title, such as "HomeWorldUkraine NATO-Style ...",
    /// recognised by the real title repeating it as a suffix on the next line.
    func isBreadcrumb(_ text: Substring, followedBy next: Substring) -> Bool {
        guard text.count > next.count, text.hasSuffix(next) else { return false }
        let prefix = text.dropLast(next.count).lowercased()
        return breadcrumbRoots.contains(where: { prefix.hasPrefix($0) }) || !prefix.contains(" ")
    }

    /// The byte length of a bullet marker ("•", "-", "*", "–", "1.") and the blank after it.
    func bulletMarkerLength(_ bytes: [UInt8], start: Int, end: Int) -> Int? {
        guard start < end else { return nil }
        var markerEnd: Int
        switch bytes[start] {
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"):
            markerEnd = start + 1
        case 0xE2 where start + 2 < end && bytes[start + 1] == 0x80
            && (bytes[start + 2] == 0xA2 || bytes[start + 2] == 0x93 || bytes[start + 2] == 0xA3):
            markerEnd = start + 3  // • – ‣
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            var i = start
            while i < end, i - start < 3, bytes[i] >= 48, bytes[i] <= 57 { i += 1 }
            guard i < end, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: ")") else { return nil }
            markerEnd = i + 1
        default:
            return nil
        }
        guard markerEnd < end, let blank = LineScanner.blankWidth(bytes, at: markerEnd) else { return nil }
        var contentStart = markerEnd + blank
        while contentStart < end, let more = LineScanner.blankWidth(bytes, at: contentStart) { contentStart += more }
        return contentStart - start
    }
}
