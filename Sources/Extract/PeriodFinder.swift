/// A time span a sentence names: "since 2022", "in 2024", "for fiscal 1987",
/// "between 1981 and 2001", "1987/88", "last year".
struct PeriodMention: Sendable, Equatable {
    var start: String?
    var end: String?
    /// "since 2022" looks back at the figure before it; other periods may also set the
    /// time of figures after them ("In 1986, sales rose 5 pct to 2 bln dlrs").
    var looksBack = false
    /// Token range of the words that name it.
    var firstToken: Int
    var endToken: Int
}

/// Finds periods in a sentence's tokens. Years are read here, never as figures.
struct PeriodFinder: Sendable {
    let words: FigureWords

    /// `publishedYear` resolves "last year", "this year" and "next year".
    func periods(in tokens: [Token], publishedYear: Int?) -> [PeriodMention] {
        var found: [PeriodMention] = []
        var i = 0
        while i < tokens.count {
            if let period = period(tokens, at: i, publishedYear: publishedYear) {
                found.append(period)
                i = period.endToken
            } else {
                i += 1
            }
        }
        return found
    }

    private func period(_ tokens: [Token], at i: Int, publishedYear: Int?) -> PeriodMention? {
        let word = tokens[i].lower
        if word == "between" || word == "from", let (first, afterFirst) = dated(tokens, i + 1),
            afterFirst < tokens.count, ["and", "to", "until", "through", "-"].contains(tokens[afterFirst].lower),
            let (second, end) = dated(tokens, afterFirst + 1)
        {
            return PeriodMention(start: first, end: second, firstToken: i, endToken: end)
        }
        if let relation = words.periodWords[tokens[i].word] {
            var j = i + 1
            if j < tokens.count, ["fiscal", "calendar", "financial"].contains(tokens[j].lower) { j += 1 }
            if j + 1 < tokens.count, tokens[j].is("the"), tokens[j + 1].is("year") { j += 2 }
            var month: Int?
            if j < tokens.count, let m = words.months[tokens[j].word], tokens[j].isCapitalized, year(tokens, j + 1) != nil {
                month = m
                j += 1
                if j < tokens.count, tokens[j].text == "." { j += 1 }
            }
            if let (startYear, endYear, end) = fiscalLabel(tokens, j) {
                return PeriodMention(start: String(startYear), end: String(endYear), firstToken: i, endToken: end)
            }
            if let y = year(tokens, j) {
                let label = month.map { String(y) + "-" + ($0 < 10 ? "0" : "") + String($0) } ?? String(y)
                switch relation {
                case "since":
                    // "the highest since 2008" compares; it does not date the figure
                    let comparing = (max(0, i - 3)..<i).contains { words.comparisonWords.contains(tokens[$0].word) }
                    if comparing { return nil }
                    return PeriodMention(start: label, end: nil, looksBack: true, firstToken: i, endToken: j + 1)
                case "by", "until": return PeriodMention(start: nil, end: label, firstToken: i, endToken: j + 1)
                default: return PeriodMention(start: label, end: label, firstToken: i, endToken: j + 1)
                }
            }
        }
        if let (startYear, endYear, end) = fiscalLabel(tokens, i) {
            return PeriodMention(start: String(startYear), end: String(endYear), firstToken: i, endToken: end)
        }
        // "1986 fourth quarter", "qtr 1986", "nine months 1987", "year 1987"; and a year used
        // as an adjective: "1986 net profit", "its 2024 defence budget"
        if let y = year(tokens, i), !(i > 0 && words.periodBases.contains(tokens[i - 1].word)) {
            let after = (i + 1..<min(i + 3, tokens.count)).contains { words.periodNouns.contains(tokens[$0].word) }
            let before = i > 0 && words.periodNouns.contains(tokens[i - 1].word)
                && !(i > 1 && words.periodBases.contains(tokens[i - 2].word))
            let attributive = i + 1 < tokens.count && tokens[i + 1].isWord && !tokens[i + 1].isCapitalized
                && !(i > 0 && words.periodWords[tokens[i - 1].word] != nil)
            if after || before || attributive {
                return PeriodMention(start: String(y), end: String(y), firstToken: i, endToken: i + 1)
            }
        }
        if let published = publishedYear, i + 1 < tokens.count, tokens[i + 1].is("year") {
            let offset: Int? = word == "last" ? -1 : word == "this" ? 0 : word == "next" ? 1 : nil
            if let offset {
                let y = String(published + offset)
                return PeriodMention(start: y, end: y, firstToken: i, endToken: i + 2)
            }
        }
        return nil
    }

    /// "1998" or "September 1998" at token `i`: the ISO label and the token after it.
    func dated(_ tokens: [Token], _ i: Int) -> (String, Int)? {
        if let y = year(tokens, i) { return (String(y), i + 1) }
        guard i < tokens.count, tokens[i].isCapitalized, let month = words.months[tokens[i].word] else { return nil }
        var j = i + 1
        if j < tokens.count, tokens[j].text == "." { j += 1 }
        guard let y = year(tokens, j) else { return nil }
        return (String(y) + "-" + (month < 10 ? "0" : "") + String(month), j + 1)
    }

    /// A four-digit year at token `i`, 1800–2199, not followed by a unit-like glue ("1990s").
    func year(_ tokens: [Token], _ i: Int) -> Int? {
        guard i < tokens.count, tokens[i].isNumber, tokens[i].text.utf8.count == 4,
            let value = Int(tokens[i].text), (1800...2199).contains(value)
        else { return nil }
        if i + 1 < tokens.count, !tokens[i + 1].spaced, tokens[i + 1].isWord { return nil }
        return value
    }

    /// "1987/88", "2012-13", "1987-1988": a fiscal or season label.
    func fiscalLabel(_ tokens: [Token], _ i: Int) -> (Int, Int, Int)? {
        guard let first = year(tokens, i), i + 2 < tokens.count,
            tokens[i + 1].text == "/" || tokens[i + 1].text == "-", !tokens[i + 1].spaced,
            tokens[i + 2].isNumber, !tokens[i + 2].spaced, let tail = Int(tokens[i + 2].text)
        else { return nil }
        let digits = tokens[i + 2].text.utf8.count  // a number token: ASCII
        let second: Int
        if digits == 2 {
            second = first / 100 * 100 + tail + (tail < first % 100 ? 100 : 0)
        } else if digits == 4 {
            second = tail
        } else {
            return nil
        }
        guard second > first, second - first <= 10 else { return nil }
        return (first, second, i + 3)
    }
}
