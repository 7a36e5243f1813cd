/// A figure found in a sentence, by token range, before its metric, place and period are read.
struct FigureSpan: Sendable, Equatable {
    var start: Int
    var end: Int
    /// First token of the number itself (after qualifier words and currency signs).
    var numberStart: Int
    var value: Double
    var low: Double?
    var high: Double?
    var unit: String
    var qualifier: Figure.Qualifier
    var kind: Figure.Kind
    var isFrequency: Bool
    /// The count noun that gives a count figure its unit ("troops").
    var countNoun: String?
}

/// Reads figures (money, percentages, counts, measures) from a sentence's tokens.
///
/// Years, dates, times, ordinals, decades, identifiers ("Article 5", "F-14A") and fiscal
/// labels are never figures. A number with no unit, scale or counted noun is not a figure
/// either: it cannot be compared with anything.
struct FigureParser: Sendable {
    let words: FigureWords
    let numbers: NumberReader
    var tolerance = FigureInterval.defaultTolerance

    init(words: FigureWords) {
        self.words = words
        numbers = NumberReader(words: words)
    }

    func figures(in tokens: [Token]) -> [FigureSpan] {
        var spans: [FigureSpan] = []
        var i = 0
        while i < tokens.count {
            if let span = figure(tokens, at: i, previous: spans.last) {
                spans.append(span)
                i = span.end
            } else {
                i += 1
            }
        }
        return spans
    }

    private func figure(_ tokens: [Token], at i: Int, previous: FigureSpan?) -> FigureSpan? {
        // a currency sign or code before the number: "$", "US$", "€", "USD"
        var currency: String?
        var numberStart = i
        if let (length, code) = words.currencySymbols.match(tokens, at: i), i + length < tokens.count,
            tokens[i + length].isNumber
        {
            currency = code
            numberStart = i + length
        } else if tokens[i].isWord, words.currencyCodes.contains(tokens[i].text), i + 1 < tokens.count, tokens[i + 1].isNumber {
            currency = tokens[i].text == "ECU" ? "XEU" : tokens[i].text
            numberStart = i + 1
        }
        guard let first = numbers.read(tokens, at: numberStart) else { return nil }
        if currency == nil && !isCountable(tokens, first) { return nil }
        // a negative sign glued to the number, or "minus"
        var sign = 1.0
        var start = i
        if currency == nil, i > 0, tokens[i - 1].text == "-" || tokens[i - 1].text == "−", tokens[i - 1].spaced, !tokens[i].spaced {
            sign = -1
            start = i - 1
        } else if i > 0, tokens[i - 1].is("minus") {
            sign = -1
            start = i - 1
        }

        var j = first.end
        var scale = 1.0
        if let s = scaleAt(tokens, j) {
            scale = s
            j += 1
        }
        var value = first.value * scale * sign
        var halfStep = first.step * scale / 2
        var qualifier = Figure.Qualifier.exact
        var rangeHigh: Double?

        // a range: "between 200 and 300 mln", "450 to 500 mln dlrs", "$1.3 to $1.5bn", "15-20 usd"
        if let range = rangeEnd(tokens, after: j, startedAt: start, firstScale: scale, currency: currency) {
            if scale == 1, range.scale != 1 {
                value *= range.scale
                halfStep *= range.scale
            }
            rangeHigh = range.value
            j = range.end
            qualifier = .range
            if currency == nil { currency = range.currency }
        }

        var unit: String?
        var countNoun: String?
        var isFrequency = first.isFrequency
        if let currency {
            unit = currency
            if let (length, word) = words.unitWords.match(tokens, at: j), case .currency = word { j += length }
        } else if first.isFrequency {
            unit = "count"
        } else if let (length, code) = currencyWithQualifier(tokens, at: j) {
            unit = code
            j += length
        } else if let (length, word) = words.unitWords.match(tokens, at: j) {
            unit = unitName(word)
            j += length
        } else if j < tokens.count, tokens[j].is("times"), !first.isYearLike {
            unit = "count"
            isFrequency = true
            j += 1
        } else if let noun = countNounAt(tokens, j) {
            unit = "count"
            countNoun = tokens[noun].lower
            j = noun + 1
        } else if scale != 1 {
            // "3.53 billion dlrs, including the 2.15 billion from banks": the list's unit
            unit = previous.map(\.unit) ?? "count"
        }
        guard let unit else { return nil }
        if first.isYearLike && scale == 1 && unit == "count" && countNoun == nil { return nil }

        if qualifier != .range, let (length, q) = words.qualifiers.match(tokens, endingBefore: start) {
            qualifier = q
            start -= length
        } else if qualifier == .range, start > 0, tokens[start - 1].is("between") {
            start -= 1
        }
        let bounds: (low: Double?, high: Double?)
        if let rangeHigh {
            bounds = (min(value, rangeHigh), max(value, rangeHigh))
        } else {
            bounds = FigureInterval.bounds(value: value, halfStep: isFrequency ? 0 : halfStep, qualifier: qualifier, tolerance: tolerance)
        }
        return FigureSpan(
            start: start, end: j, numberStart: numberStart, value: FigureInterval.rounded(value),
            low: bounds.low, high: bounds.high, unit: unit, qualifier: qualifier,
            kind: kind(tokens, before: start), isFrequency: isFrequency, countNoun: countNoun)
    }

    /// Whether a number may be a figure at all: not an identifier, date, time, ordinal,
    /// decade, fiscal label or a number glued to a word ("B52").
    private func isCountable(_ tokens: [Token], _ number: WrittenNumber) -> Bool {
        let i = number.start
        let end = number.end
        if number.isWords {
            if number.isFrequency {
                // "once" counts when it follows what happened: "invoked once", not "once again"
                guard i > 0, tokens[i - 1].isWord, !tokens[i - 1].is("at") else { return false }
                if end < tokens.count, ["again", "more", "upon", "and", "the", "a", "it", "they", "he", "she"].contains(tokens[end].lower) {
                    return false
                }
                return true
            }
            return true
        }
        if i > 0 {
            let before = tokens[i - 1]
            if !tokens[i].spaced && before.isWord { return false }  // "B52", "G7"
            if !tokens[i].spaced && before.text == "-" && i > 1 && tokens[i - 2].isWord && !before.spaced {
                return false  // "F-14", "COVID-19"
            }
            if before.isWord && before.isCapitalized && words.identifierWords.contains(before.lower) { return false }
            if before.text == ".", i > 1, words.identifierWords.contains(tokens[i - 2].lower) { return false }  // "No. 5"
            if before.isWord, before.isCapitalized, words.months[before.lower] != nil { return false }  // "September 11"
            if before.text == "#" { return false }
        }
        if end < tokens.count {
            let after = tokens[end]
            if !after.spaced {
                if after.isWord, ["st", "nd", "rd", "th", "s", "am", "pm", "a", "b", "c"].contains(after.lower) && words.scales[after.lower] == nil {
                    return false  // "21st", "1990s", "2.15pm", "10b" is a scale
                }
                if after.text == ":" || after.text == "/" { return false }  // "8:46", "9/11", "1987/88"
                if after.text == "-", end + 1 < tokens.count, tokens[end + 1].isNumber, !tokens[end + 1].spaced, number.isYearLike {
                    return false  // "2012-13"
                }
                if after.text == "’" || after.text == "'", end + 1 < tokens.count, tokens[end + 1].is("s") { return false }
            }
            if after.isWord, after.isCapitalized, words.months[after.lower] != nil, number.value <= 31 { return false }  // "15 April"
            if after.isWord, ["a.m.", "p.m.", "am", "pm", "gmt", "bst", "est", "edt", "cet"].contains(after.lower) { return false }
        }
        return true
    }

    private func scaleAt(_ tokens: [Token], _ j: Int) -> Double? {
        guard j < tokens.count, tokens[j].isWord, let scale = words.scales[tokens[j].lower] else { return nil }
        if words.gluedScalesOnly.contains(tokens[j].lower) && tokens[j].spaced { return nil }
        return scale
    }

    private struct RangeEnd {
        var value: Double
        var scale: Double
        var end: Int
        var currency: String?
    }

    /// The upper end of a range that starts with the number just read.
    private func rangeEnd(_ tokens: [Token], after j: Int, startedAt start: Int, firstScale: Double, currency: String?) -> RangeEnd? {
        guard j < tokens.count else { return nil }
        let joiner = tokens[j]
        let betweenForm = start > 0 && tokens[start - 1].is("between") && joiner.is("and")
        let toForm = joiner.is("to") && !(start > 0 && tokens[start - 1].is("from"))
        let dashForm = (joiner.text == "-" || joiner.text == "–") && !joiner.spaced
        guard betweenForm || toForm || dashForm else { return nil }
        var k = j + 1
        var secondCurrency: String?
        if let (length, code) = words.currencySymbols.match(tokens, at: k) {
            secondCurrency = code
            k += length
        }
        guard let second = numbers.read(tokens, at: k), !second.isYearLike, !second.isFrequency else { return nil }
        if dashForm && tokens[k].spaced { return nil }
        var end = second.end
        var scale = firstScale
        if let s = scaleAt(tokens, end) {
            scale = s
            end += 1
        }
        return RangeEnd(value: second.value * scale, scale: scale, end: end, currency: secondCurrency ?? currency)
    }

    /// "Australian dlrs", "Swiss francs", "U.S. dollars".
    private func currencyWithQualifier(_ tokens: [Token], at j: Int) -> (Int, String)? {
        guard let (length, code) = words.currencyQualifiers.match(tokens, at: j),
            let (wordLength, word) = words.unitWords.match(tokens, at: j + length), case .currency = word
        else { return nil }
        return (length + wordLength, code)
    }

    private func unitName(_ word: FigureWords.UnitWord) -> String {
        switch word {
        case .currency(let code): return code
        case .percent: return "percent"
        case .percentagePoints: return "percentage_points"
        case .basisPoints: return "basis_points"
        case .unit(let unit): return unit
        }
    }

    /// A counted noun right after the number, or after one adjective: "60 troops",
    /// "3,000 Ukrainian soldiers".
    private func countNounAt(_ tokens: [Token], _ j: Int) -> Int? {
        guard j < tokens.count else { return nil }
        if words.countNouns.contains(tokens[j].lower) { return j }
        if j + 1 < tokens.count, tokens[j].isWord, words.countNouns.contains(tokens[j + 1].lower) { return j + 1 }
        return nil
    }

    /// "rose 1.14 billion", "cut by 2 percent" are changes; "rose to 18.97 billion" is a level.
    private func kind(_ tokens: [Token], before start: Int) -> Figure.Kind {
        guard start > 0 else { return .level }
        let previous = tokens[start - 1]
        if ["to", "from", "at", "of"].contains(previous.lower) { return .level }
        if words.changeVerbs.contains(previous.lower) { return .change }
        if previous.is("by"), start > 1, words.changeVerbs.contains(tokens[start - 2].lower) { return .change }
        return .level
    }
}
