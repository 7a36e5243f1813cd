/// Finds sentence boundaries in a block of the body by scanning its bytes.
///
/// A sentence ends at `.`, `!`, `?` or `…` (after any closing quotes or brackets) that is
/// followed by blank space and then not by a lower-case letter, unless the period closes
/// an abbreviation ("U.S.", "Dr.", "Jan.", "No. 5") or an initial ("John F. Kennedy").
///
/// A run longer than ``maxSentenceBytes`` without a boundary (a table, a scraped page
/// without full stops) is cut into pieces at blank space: the extractor's work on a
/// sentence grows faster than its length, so this keeps a whole article near-linear.
struct SentenceSplitter: Sendable {
    let abbreviations: Set<String>
    /// Far beyond any sentence a newspaper prints (some 600 words).
    static let maxSentenceBytes = 4_096

    init(abbreviations: [String]) {
        self.abbreviations = Set(abbreviations)
    }

    /// Byte ranges of the sentences in `start..<end`, trimmed of blank space; with `limit`, only
    /// the first so many (the rest of the text is not read).
    func sentences(_ bytes: [UInt8], from start: Int, to end: Int, limit: Int = .max) -> [Range<Int>] {
        // over one raw buffer: every byte of every block is read here
        bytes.withUnsafeBufferPointer { sentences($0, from: start, to: end, limit: limit) }
    }

    private func sentences(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, limit: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var sentenceStart = start
        var i = start
        while i < end {
            let b = bytes[i]
            var terminatorEnd = -1
            if b == 46 || b == 33 || b == 63 {
                terminatorEnd = i + 1
            } else if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA6 {
                terminatorEnd = i + 3
            }
            guard terminatorEnd > 0 else {
                i += 1
                continue
            }
            var j = terminatorEnd
            while j < end, let closer = closerWidth(bytes, j, end) { j += closer }
            if j < end, Tokenizer.blankWidth(bytes, j, end) == nil {
                i = j
                continue
            }
            var next = j
            while next < end, let blank = Tokenizer.blankWidth(bytes, next, end) { next += blank }
            let isBoundary = next >= end || (!startsLowercase(bytes, next) && !(b == 46 && endsAbbreviation(bytes, sentenceStart, i)))
            if isBoundary {
                append(&ranges, bytes, sentenceStart, j)
                if ranges.count >= limit { return ranges }
                sentenceStart = next
            }
            i = max(j, i + 1)
        }
        append(&ranges, bytes, sentenceStart, end)
        return ranges
    }

    private func append(_ ranges: inout [Range<Int>], _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        var s = start
        var e = end
        while s < e, let w = Tokenizer.blankWidth(bytes, s, e) { s += w }
        trimming: while e > s {
            for width in 1...3 where e - width >= s && Tokenizer.blankWidth(bytes, e - width, e) == width {
                e -= width
                continue trimming
            }
            break
        }
        while e - s > Self.maxSentenceBytes {
            let cut = Self.cutPoint(bytes, from: s, limit: s + Self.maxSentenceBytes)
            append(&ranges, bytes, s, cut)
            s = cut
            while s < e, let w = Tokenizer.blankWidth(bytes, s, e) { s += w }
        }
        if s < e { ranges.append(s..<e) }
    }

    /// Where to cut an over-long run before `limit`: after the last blank in its second
    /// half, else at the last character boundary (never inside a UTF-8 sequence).
    static func cutPoint(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int {
        var i = limit
        while i > start + (limit - start) / 2 {
            if bytes[i] == 32 || bytes[i] == 10 || bytes[i] == 9 { return i }
            i -= 1
        }
        i = limit
        while i > start + 1 && bytes[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }

    /// Closing quotes and brackets that may follow a terminator: `"` `'` `)` `]` `’` `”`.
    private func closerWidth(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        switch b[i] {
        case 34, 39, 41, 93: return 1
        case 0xE2 where i + 2 < end && b[i + 1] == 0x80 && (b[i + 2] == 0x99 || b[i + 2] == 0x9D): return 3
        default: return nil
        }
    }

    private func startsLowercase(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool { b[i] >= 97 && b[i] <= 122 }

    /// Whether the word before the period at `period` is an abbreviation or an initial.
    private func endsAbbreviation(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ period: Int) -> Bool {
        var wordStart = period
        while wordStart > start {
            let c = b[wordStart - 1]
            let isWordChar = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 46
            if !isWordChar { break }
            wordStart -= 1
        }
        guard wordStart < period else { return false }
        // the word is ASCII letters and periods: one capital letter is an initial
        if period - wordStart == 1, b[wordStart] >= 65, b[wordStart] <= 90 { return true }
        return abbreviations.contains(String(decoding: UnsafeBufferPointer(rebasing: b[wordStart..<period]), as: UTF8.self))
    }
}
