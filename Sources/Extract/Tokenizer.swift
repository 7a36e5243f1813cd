/// Splits a byte range of the body into ``Token``s by scanning UTF-8 bytes.
///
/// Words keep internal periods of initialisms ("U.S.", "a.m."); apostrophes, hyphens and
/// slashes are tokens of their own so that "NATO’s", "NATO-style" and "7-1/2" can be read
/// part by part. Numbers are runs of digits with `,` or `.` between digits; letters and
/// digits never share a token ("USD34.6" is "USD" glued to "34.6", "B52" is "B" and "52").
///
/// Each token gets its ``Word`` ids from `words` here, once; ASCII tokens (nearly all) are
/// looked up by their bytes and lower-cased without Unicode case mapping.
enum Tokenizer {
    static func tokens(_ bytes: [UInt8], from start: Int, to end: Int, words: WordTable) -> [Token] {
        var tokens: [Token] = []
        // about one token per five bytes of prose: one allocation instead of a doubling series
        tokens.reserveCapacity((end - start) / 4 + 4)
        bytes.withUnsafeBufferPointer { bytes in
            scan(bytes, from: start, to: end) { from, to, kind, spaced in
                tokens.append(token(bytes, from: from, to: to, kind: kind, spaced: spaced, words: words))
                return false
            }
        }
        return tokens
    }

    /// Whether a capitalized token of the range has a written form (``Token/form``) that
    /// `matches`: the tokens `tokens` makes, read without making them, as nearly all start
    /// with no capital or are ASCII. (Tokenizing a wire story's lead for its company
    /// suffixes alone cost 3% of an ingest.)
    static func containsCapitalized(_ bytes: [UInt8], from start: Int, to end: Int, words: WordTable,
                                    where matches: (Word) -> Bool) -> Bool {
        var found = false
        bytes.withUnsafeBufferPointer { bytes in
            scan(bytes, from: start, to: end) { from, to, kind, spaced in
                let lead = bytes[from]
                if lead < 0x80 && (lead < 65 || lead > 90) { return false }  // no capital, as `token` reads it
                if lead < 0x80, let ascii = words.asciiWords(bytes, from, to) {
                    found = matches(ascii.form)
                } else {
                    let token = token(bytes, from: from, to: to, kind: kind, spaced: spaced, words: words)
                    found = token.isCapitalized && matches(token.form)
                }
                return found
            }
        }
        return found
    }

    /// The tokens' bounds, kinds and spacing, in order, to `visit` until it returns true.
    @inline(__always)
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
                             _ visit: (_ from: Int, _ to: Int, _ kind: Token.Kind, _ spaced: Bool) -> Bool) {
        var i = start
        var spaced = true
        while i < end {
            let b = bytes[i]
            if let blank = blankWidth(bytes, i, end) {
                i += blank
                spaced = true
                continue
            }
            let tokenStart = i
            let kind: Token.Kind
            if isDigit(b) {
                i += 1
                while i < end {
                    if isDigit(bytes[i]) {
                        i += 1
                    } else if (bytes[i] == 44 || bytes[i] == 46), i + 1 < end, isDigit(bytes[i + 1]) {
                        i += 2
                    } else {
                        break
                    }
                }
                kind = .number
            } else if isWordByte(bytes, i, end) {
                i += scalarWidth(b)
                while i < end {
                    if isWordByte(bytes, i, end) {
                        i += scalarWidth(bytes[i])
                    } else if bytes[i] == 46, isInitialism(bytes, from: tokenStart, period: i, end: end) {
                        i += 1
                    } else {
                        break
                    }
                }
                kind = .word
            } else {
                i += scalarWidth(b)
                kind = .punctuation
            }
            if visit(tokenStart, min(i, end), kind, spaced) { return }
            spaced = false
        }
    }

    private static func token(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, kind: Token.Kind, spaced: Bool, words: WordTable) -> Token {
        if let ascii = words.asciiWords(bytes, start, end) {
            // a vocabulary word's strings are the table's, not decoded again
            let text = ascii.form.isKnown ? words.asciiText(ascii.form) : String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            let lower = !ascii.hasUpper ? text : ascii.word.isKnown ? words.asciiText(ascii.word) : asciiLowerCase(bytes, start, end)
            let capitalized = bytes[start] >= 65 && bytes[start] <= 90
            return Token(kind: kind, start: start, end: end, spaced: spaced, text: text, lower: lower,
                         word: ascii.word, form: ascii.form, isCapitalized: capitalized)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        let lower = text.lowercased()
        return Token(kind: kind, start: start, end: end, spaced: spaced, text: text, lower: lower,
                     word: words.word(lower), form: words.word(text), isCapitalized: text.first?.isUppercase ?? false)
    }

    private static func asciiLowerCase(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(unsafeUninitializedCapacity: end - start) { buffer in
            for k in 0..<(end - start) {
                let b = bytes[start + k]
                buffer[k] = b >= 65 && b <= 90 ? b | 0x20 : b
            }
            return end - start
        }
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    static func scalarWidth(_ lead: UInt8) -> Int {
        switch lead {
        case 0..<0x80: return 1
        case 0xC0..<0xE0: return 2
        case 0xE0..<0xF0: return 3
        case 0xF0...: return 4
        default: return 1
        }
    }

    /// Letters: ASCII letters and any non-ASCII scalar outside the punctuation and symbol
    /// blocks (U+00A0–U+00BF, U+00D7, U+00F7 and U+2000–U+2BFF).
    static func isWordByte<Bytes: RandomAccessCollection<UInt8>>(_ b: Bytes, _ i: Int, _ end: Int) -> Bool where Bytes.Index == Int {
        let lead = b[i]
        if lead < 0x80 { return (lead >= 65 && lead <= 90) || (lead >= 97 && lead <= 122) }
        if lead == 0xC2 { return false }
        if lead == 0xC3, i + 1 < end, b[i + 1] == 0x97 || b[i + 1] == 0xB7 { return false }
        if lead == 0xE2 { return false }
        if lead == 0xE3, i + 1 < end, b[i + 1] == 0x80 { return false }
        if lead == 0xEF, i + 1 < end, b[i + 1] == 0xBB || b[i + 1] == 0xBC || b[i + 1] == 0xBF { return false }
        return lead >= 0xC0
    }

    /// A period inside an initialism: "U.S.", "U.S.S.R.", "a.m.": single letters between periods.
    private static func isInitialism(_ b: UnsafeBufferPointer<UInt8>, from start: Int, period: Int, end: Int) -> Bool {
        // the segment before the period is one letter
        guard period - start >= 1, period >= 1 else { return false }
        let segmentStart = lastPeriod(b, from: start, before: period).map { $0 + 1 } ?? start
        guard period - segmentStart == 1 else { return false }
        // followed by another single letter and a period, or it closes an initialism of 2+
        if period + 2 < end, isASCIILetter(b[period + 1]), b[period + 2] == 46 { return true }
        return segmentStart > start
    }

    private static func lastPeriod(_ b: UnsafeBufferPointer<UInt8>, from start: Int, before index: Int) -> Int? {
        var j = index - 1
        while j >= start {
            if b[j] == 46 { return j }
            j -= 1
        }
        return nil
    }

    private static func isASCIILetter(_ c: UInt8) -> Bool { (c >= 65 && c <= 90) || (c >= 97 && c <= 122) }

    /// Width of blank space at `i`: ASCII space and controls, U+00A0, U+2000–U+200B, U+202F.
    static func blankWidth<Bytes: RandomAccessCollection<UInt8>>(_ b: Bytes, _ i: Int, _ end: Int) -> Int? where Bytes.Index == Int {
        let c = b[i]
        if c == 32 || (c >= 9 && c <= 13) { return 1 }
        if c == 0xC2, i + 1 < end, b[i + 1] == 0xA0 { return 2 }
        if c == 0xE2, i + 2 < end, b[i + 1] == 0x80, (b[i + 2] >= 0x80 && b[i + 2] <= 0x8B) || b[i + 2] == 0xAF {
            return 3
        }
        return nil
    }
}
