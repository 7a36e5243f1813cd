/// A number as written, before scale and unit: "23", "3.2", "816 000", "7-1/2", "twenty-three", "once".
struct WrittenNumber: Sendable, Equatable {
    var value: Double
    /// The value of one step in the last written digit: 1 for "23", 0.1 for "3.2"; 0 for
    /// words that name an exact count ("once", "a dozen").
    var step: Double
    /// Token range of the number.
    var start: Int
    var end: Int
    /// Four digits, no separators, 1000–2199: a year unless a unit says otherwise.
    var isYearLike: Bool
    /// "once", "twice": a count of times.
    var isFrequency: Bool
    /// Spelled out ("three", "a dozen").
    var isWords: Bool
}

/// Reads the number that starts at a token, by looking at tokens only (no regex).
struct NumberReader: Sendable {
    let words: FigureWords

    private static let fractions: [String: Double] = ["quarter": 0.25, "half": 0.5, "third": 1.0 / 3, "tenth": 0.1]

    /// Whether a number may start at this token: digits, a number word, "once", or the "a" of
    /// "a dozen" and "a quarter of a point". Every other token is passed over unread.
    func mayStart(_ token: Token) -> Bool {
        if token.isNumber { return true }
        guard token.isWord else { return false }
        return words.writtenNumbers[token.word] != nil || words.frequencyWords[token.word] != nil || token.is("a") || token.is("an")
    }

    func read(_ tokens: [Token], at i: Int) -> WrittenNumber? {
        guard i < tokens.count else { return nil }
        let token = tokens[i]
        if token.isNumber { return digits(tokens, at: i) }
        if token.isWord { return spelled(tokens, at: i) }
        return nil
    }

    /// Number tokens are ASCII (digits, with commas and periods between them), so their
    /// lengths and characters are read as UTF-8 bytes.
    private func digits(_ tokens: [Token], at i: Int) -> WrittenNumber? {
        let text = tokens[i].text
        guard var number = parseDigits(text) else { return nil }
        var end = i + 1
        let plain = !text.utf8.contains(44) && !text.utf8.contains(46)  // "," and "."
        // "816 000": groups of three digits after a blank
        if plain, text.utf8.count <= 3 {
            while end < tokens.count, tokens[end].isNumber, tokens[end].spaced, tokens[end].text.utf8.count == 3,
                tokens[end].text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 })
            {
                number.value = number.value * 1000 + (Double(tokens[end].text) ?? 0)
                end += 1
            }
        }
        // "7-1/2", "101-1/2": a whole number and a fraction
        if plain, end + 3 < tokens.count, tokens[end].is("-"), !tokens[end].spaced,
            tokens[end + 1].isNumber, !tokens[end + 1].spaced, tokens[end + 2].is("/"), !tokens[end + 2].spaced,
            tokens[end + 3].isNumber, !tokens[end + 3].spaced,
            let numerator = Double(tokens[end + 1].text), let denominator = Double(tokens[end + 3].text),
            denominator > numerator, [2, 3, 4, 8, 16, 32, 64].contains(denominator)
        {
            number.value += numerator / denominator
            number.step = 1 / denominator
            end += 4
        }
        let yearLike = plain && end == i + 1 && text.utf8.count == 4 && (1000...2199).contains(number.value)
        return WrittenNumber(value: number.value, step: number.step, start: i, end: end, isYearLike: yearLike,
                             isFrequency: false, isWords: false)
    }

    /// "1,234.5" -> 1234.5 with step 0.1. A lone comma before three digits groups; before
    /// other counts of digits it is a decimal comma ("3,5"). Groups other than the first hold
    /// three digits: "3,801,7" and "1,7754,000" are misprints, not numbers. `text` is a number
    /// token's.
    func parseDigits(_ text: String) -> (value: Double, step: Double)? {
        if let plain = Self.plainDecimal(text) { return plain }
        // read as bytes: a number token is ASCII digits with "," and "." between them (through
        // Character splits and replacements, a number with a comma cost eight times as much)
        let bytes = Array(text.utf8)
        let (comma, period): (UInt8, UInt8) = (44, 46)
        let commas = bytes.lastIndex(of: comma)
        let periods = bytes.lastIndex(of: period)
        var normalized = text
        if let lastComma = commas, let lastPeriod = periods {
            if lastComma > lastPeriod {
                guard Self.isGrouped(bytes[..<lastComma], by: period) else { return nil }
                normalized = Self.text(bytes.filter { $0 != period }.map { $0 == comma ? period : $0 })
            } else {
                guard Self.isGrouped(bytes[..<lastPeriod], by: comma) else { return nil }
                normalized = Self.text(bytes.filter { $0 != comma })
            }
        } else if commas != nil {
            if bytes.firstIndex(of: comma) == commas, let last = Self.lastGroup(bytes, by: comma), last != 3 {
                normalized = Self.text(bytes.map { $0 == comma ? period : $0 })
            } else {
                guard Self.isGrouped(bytes[...], by: comma) else { return nil }
                normalized = Self.text(bytes.filter { $0 != comma })
            }
        } else if let lastPeriod = periods, bytes.firstIndex(of: period) != lastPeriod {
            guard Self.isGrouped(bytes[...], by: period) else { return nil }
            normalized = Self.text(bytes.filter { $0 != period })
        }
        guard let value = Double(normalized) else { return nil }
        var step = 1.0
        if let dot = normalized.utf8.firstIndex(of: period) {
            let decimals = normalized.utf8.distance(from: dot, to: normalized.utf8.endIndex) - 1
            step = pow10(-decimals)
        }
        return (value, step)
    }

    /// Digits with at most one period between them and at most 15 digits in all ("23",
    /// "3.25"; nearly every number), read without making a string: the digits as a whole
    /// number are exact in a `Double`, and so is the power of ten, so their quotient is the
    /// correctly rounded value, as parsing the text gives it. Nil for anything else.
    private static func plainDecimal(_ text: String) -> (value: Double, step: Double)? {
        var digits = 0
        var whole: Int64 = 0
        var decimals = -1
        for byte in text.utf8 {
            if byte >= 48 && byte <= 57 {
                digits += 1
                if digits > 15 { return nil }
                whole = whole * 10 + Int64(byte - 48)
                if decimals >= 0 { decimals += 1 }
            } else if byte == 46 && decimals < 0 && digits > 0 {
                decimals = 0
            } else {
                return nil
            }
        }
        guard digits > 0, decimals != 0 else { return nil }
        guard decimals > 0 else { return (Double(whole), 1) }
        return (Double(whole) / pow10(decimals), pow10(-decimals))
    }

    private static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    /// The length of the last non-empty group between separators, nil when there is none.
    private static func lastGroup(_ bytes: [UInt8], by separator: UInt8) -> Int? {
        var end = bytes.count
        while end > 0, bytes[end - 1] == separator { end -= 1 }
        guard end > 0 else { return nil }
        var start = end
        while start > 0, bytes[start - 1] != separator { start -= 1 }
        return end - start
    }

    /// Digits in thousands ("1,234,567": one to three, then groups of three) or in lakhs
    /// ("45,00,000": one or two, then groups of two, then three).
    private static func isGrouped(_ digits: ArraySlice<UInt8>, by separator: UInt8) -> Bool {
        let groups = digits.split(separator: separator, omittingEmptySubsequences: false).map(\.count)
        guard let first = groups.first, let last = groups.last, (1...3).contains(first) else { return false }
        let middle = groups.dropFirst().dropLast()
        if last == 3, middle.allSatisfy({ $0 == 3 }) { return true }
        return groups.count > 2 && last == 3 && first <= 2 && middle.allSatisfy { $0 == 2 }
    }

    /// "twenty-three", "one hundred", "a dozen", "half a", "once", "twice".
    private func spelled(_ tokens: [Token], at i: Int) -> WrittenNumber? {
        if let times = words.frequencyWords[tokens[i].word] {
            return WrittenNumber(value: times, step: 0, start: i, end: i + 1, isYearLike: false, isFrequency: true, isWords: true)
        }
        // "a quarter of a percentage point", "half of one percent"
        let article = tokens[i].is("a") || tokens[i].is("an")
        if article, i + 3 < tokens.count, let part = Self.fractions[tokens[i + 1].lower],
            tokens[i + 2].is("of"), ["a", "an", "one"].contains(tokens[i + 3].lower)
        {
            return WrittenNumber(value: part, step: 0, start: i, end: i + 4, isYearLike: false, isFrequency: false, isWords: true)
        }
        if article, i + 1 < tokens.count, tokens[i + 1].is("dozen") {
            return WrittenNumber(value: 12, step: 0, start: i, end: i + 2, isYearLike: false, isFrequency: false, isWords: true)
        }
        guard let first = words.writtenNumbers[tokens[i].word] else { return nil }
        var value = first
        var end = i + 1
        if tokens[i].is("half") {
            // "half a million"
            if end + 1 < tokens.count, tokens[end].is("a"), words.scales[tokens[end + 1].word] != nil {
                end += 1
            }
            return WrittenNumber(value: 0.5, step: 0, start: i, end: end, isYearLike: false, isFrequency: false, isWords: true)
        }
        // "twenty-three", "twenty three"
        if first >= 20, first < 100, end + 1 < tokens.count, tokens[end].is("-"),
            let unit = words.writtenNumbers[tokens[end + 1].word], unit < 10, unit >= 1
        {
            value += unit
            end += 2
        }
        if end < tokens.count, tokens[end].is("hundred") {
            value *= 100
            end += 1
        }
        return WrittenNumber(value: value, step: 0, start: i, end: end, isYearLike: false, isFrequency: false, isWords: true)
    }
}

/// 10 to an integer power, exactly for the small powers written numbers use.
func pow10(_ exponent: Int) -> Double {
    var result = 1.0
    if exponent >= 0 {
        for _ in 0..<exponent { result *= 10 }
    } else {
        for _ in 0..<(-exponent) { result /= 10 }
    }
    return result
}
