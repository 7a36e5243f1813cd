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
    /// Words that cannot modify a counted noun ("one that grants" counts nothing).
    let functionWords: WordSet
    /// Demonyms and names that may modify one ("two Kuwaiti tankers").
    let places: PhraseIndex<String>
    var tolerance = FigureInterval.defaultTolerance

    init(words: FigureWords, functionWords: WordSet, places: PhraseIndex<String>) {
        self.words = words
        self.functionWords = functionWords
        self.places = places
        numbers = NumberReader(words: words)
    }

    func figures(in tokens: [Token]) -> [FigureSpan] {
        var spans: [FigureSpan] = []
        var i = 0
        while i < tokens.count {
            if mayStartFigure(tokens[i]), let span = figure(tokens, at: i, previous: spans.last, changed: Self.changedAmount(spans)) {
                spans.append(span)
                i = span.end
            } else {
                i += 1
            }
        }
        return spans
    }

    /// "6.72 mln bpd, up 3.1 pct from 6.52 mln": the amount the percentage change just read
    /// changes, if any. Read only where a figure may start: read at every token, it was a
    /// seventh of the parser's instructions.
    private static func changedAmount(_ spans: [FigureSpan]) -> FigureSpan? {
        guard spans.count >= 2, spans[spans.count - 1].kind == .change, !isInheritable(spans[spans.count - 1].unit) else { return nil }
        return spans[spans.count - 2]
    }

    /// Whether a figure may start at this token: a number, a currency sign or a currency code.
    /// Most tokens are none of these, and skip the parser.
    private func mayStartFigure(_ token: Token) -> Bool {
        numbers.mayStart(token) || words.currencySymbols.mayStart(token) || (token.isWord && words.currencyCodes[token.form] != nil)
    }

    /// `changed`: the amount the figure before changes, when that figure is a percentage
    /// change ("6.72 mln bpd, up 3.1 pct from 6.52 mln"): the unit of a bare base after it.
    private func figure(_ tokens: [Token], at i: Int, previous: FigureSpan?, changed: FigureSpan? = nil) -> FigureSpan? {
        // a currency sign or code before the number: "$", "US$", "€", "USD"
        guard i >= 0, i < tokens.count else { return nil }
        var currency: String?
        var numberStart = i
        if let (length, code) = words.currencySymbols.match(tokens, at: i), i + length < tokens.count,
            tokens[i + length].isNumber, !tokens[(i + 1)..<(i + length)].contains(where: \.spaced)  // "A$5", not "A $5"
        {
            currency = code
            numberStart = i + length
        } else if tokens[i].isWord, let code = words.currencyCodes[tokens[i].form], i + 1 < tokens.count, tokens[i + 1].isNumber {
            currency = code
            numberStart = i + 1
        }
        guard let first = numbers.read(tokens, at: numberStart) else { return nil }
        if currency == nil && !isCountable(tokens, first) { return nil }
        // a negative sign glued to the number, or "minus"
        var sign = 1.0
        var start = i
        if currency == nil, i > 0, tokens[i - 1].is("-") || tokens[i - 1].is("−"), tokens[i - 1].spaced, !tokens[i].spaced {
            sign = -1
            start = i - 1
        } else if i > 0, tokens[i - 1].is("minus") {
            sign = -1
            start = i - 1
        }

        var j = first.end
        var scale = 1.0
        var isScaleHyphenated = false
        if let s = scaleAt(tokens, j) {
            // "5,000m" is metres: a one-letter scale needs money around it or a unit after it
            let isLetter = tokens[j].lower.count == 1
            if !isLetter || currency != nil || unitWord(tokens, at: j + 1) != nil || countNounAt(tokens, j + 1) != nil {
                scale = s
                j += 1
            }
        } else if isGluedHyphen(tokens, j), !words.gluedScalesOnly.contains(tokens[j + 1].word), let s = scaleAt(tokens, j + 1) {
            scale = s  // "a 100-mln-dlr loan", "its 109-billion dlrs debt"
            isScaleHyphenated = true
            j += 2
        }
        var value = first.value * scale * sign
        var halfStep = first.step * scale / 2
        var qualifier = Figure.Qualifier.exact
        var rangeHigh: Double?

        // a range: "between 200 and 300 mln", "450 to 500 mln dlrs", "$1.3 to $1.5bn", "15-20 usd";
        // but a bare year starts none: "rose 14 pct in 1986 to 2.74 trillion dlrs"
        if !(first.isYearLike && scale == 1 && currency == nil),
            let range = rangeEnd(tokens, after: j, startedAt: start, first: first.value * scale, firstScale: scale, currency: currency)
        {
            if scale == 1, range.scale != 1 {
                value *= range.scale
                halfStep *= range.scale
                scale = range.scale
            }
            rangeHigh = range.value
            j = range.end
            qualifier = .range
            if currency == nil { currency = range.currency }
        }

        var unit: String?
        var countNoun: String?
        var isFrequency = first.isFrequency
        // an amount glued to its unit as an adjective: "a 70,000-tonne surplus", "a 50-pct owned unit"
        var isHyphenated = false
        // ("a 20-point plan" counts items, it measures no index)
        if currency == nil, isGluedHyphen(tokens, j), !tokens[j + 1].is("point") && !tokens[j + 1].is("points"),
            currencyWithQualifier(tokens, at: j + 1) != nil || unitWord(tokens, at: j + 1) != nil
        {
            isHyphenated = true
            j += 1
        }
        if let currency {
            unit = currency
            if let (length, word) = unitWord(tokens, at: j), case .currency = word { j += length }
        } else if first.isFrequency {
            unit = "count"
        } else if let (length, code, factor) = currencyWithQualifier(tokens, at: j) {
            unit = code
            value *= factor
            halfStep *= factor
            rangeHigh = rangeHigh.map { $0 * factor }
            j += length
        } else if let (length, word) = unitWord(tokens, at: j) {
            // "the 14-year-old law" is an age
            if isHyphenated, case .unit(let name) = word, words.timeUnits.contains(name), isGluedHyphen(tokens, j + length),
                tokens[j + length + 1].is("old")
            {
                return nil
            }
            if case .currency("GBP") = word, tokens[j].lower.hasPrefix("pound"),
                isHyphenated || j + length < tokens.count && words.weightPoundsBefore.contains(tokens[j + length].word)
            {
                unit = "pound"  // "18.4 mln pounds of corn meal", "100-pound bags" weigh
            } else if case .subunit(let code, let factor) = word {
                unit = code
                value *= factor
                halfStep *= factor
                rangeHigh = rangeHigh.map { $0 * factor }
            } else {
                unit = unitName(word)
            }
            j += length
        } else if j < tokens.count, tokens[j].is("times"), !first.isYearLike {
            // "three times" counts occurrences; "10 times the speed" multiplies
            if j + 1 < tokens.count, words.multiplierFollowers.contains(tokens[j + 1].word) { return nil }
            unit = "count"
            isFrequency = true
            j += 1
        } else if let noun = countNounAt(tokens, j) {
            unit = "count"
            countNoun = tokens[noun].lower
            j = noun + 1
        } else if !(first.isWords && first.value == 1), isGluedHyphen(tokens, j), let plural = words.singularCountNouns[tokens[j + 1].word] {
            unit = "count"  // "the 13-member organisation", "a 512-seat house"; not "one-share, one-vote"
            countNoun = plural
            j += 2
        } else if scale != 1 && !isScaleHyphenated {
            // "rose to 3.14 billion from 2.96 billion dlrs": the unit of what it is compared with;
            // "4.61 billion dlrs, including the 1.72 billion from insurers": the list's unit
            unit = comparedFigure(tokens, after: j, joiner: "from", previous: previous).map { Self.amountUnit($0.unit) }
                .flatMap { $0 == "count" ? nil : $0 }
                ?? previous.map { Self.amountUnit($0.unit) }.flatMap { Self.isInheritable($0) ? $0 : nil }
                ?? (start > 0 && words.periodBases.contains(tokens[start - 1].word) ? changed : nil)
                    .map { Self.amountUnit($0.unit) }.flatMap { Self.isInheritable($0) ? $0 : nil }
                ?? "count"
        } else if !(first.isWords && first.value == 1), let noun = countedPhrase(tokens, j) {
            // "381,050 of its shares"
            unit = "count"
            countNoun = tokens[noun].lower
        } else if tokens[numberStart].text.utf8.contains(44), first.value >= 1000 {  // ","
            // "gains of 4,812,000 or 1.26 dlrs", "14 mln dlrs, and ... 4,189,000": money by its list
            unit = moneyUnitOfAlternative(tokens, after: j) ?? previous.map { Self.amountUnit($0.unit) }.flatMap { Self.isMoney($0) ? $0 : nil }
        }
        // a bare year borrows no unit: "fell 5 pct from 1986", "3 pct in 1986 from 5 pct"
        let mayBorrow = !(first.isYearLike && scale == 1)
        if unit == nil, mayBorrow, start > 0, let previous, tokens[start - 1].is("to") || tokens[start - 1].is("from"),
            previous.end >= start - 4
        {
            unit = previous.unit  // "rose 12.5 points to 2,280.23", "37 seats, down from 102"
        }
        if unit == nil, mayBorrow, let next = start > 0 && isChangeStart(tokens, start)
            ? comparedFigure(tokens, after: j, joiner: "to", previous: previous)
            : comparedFigure(tokens, after: j, joiner: "from", previous: previous)
        {
            // "fell from 40 to 21 per cent", "rose to 18 from 17 dlrs a barrel": two figures;
            // the first takes the second's unit, and its scale unless written in full ("by 16,000
            // to 1.41 million")
            unit = next.unit
            if scale == 1, first.value < 1000, let second = numbers.read(tokens, at: next.numberStart), let s = scaleAt(tokens, second.end) {
                value *= s
                halfStep *= s
            }
        }
        guard var unit else { return nil }
        if first.isYearLike && scale == 1 && unit == "count" { return nil }
        // "between 55 dlrs and 90 dlrs a night", "earnings of 1.85 dlrs to 2.10 dlrs"
        if qualifier != .range, let high = repeatedUnitRangeEnd(tokens, after: j, startedAt: start, low: value, unit: unit) {
            rangeHigh = high.value
            qualifier = .range
            unit = high.unit
            j = high.end
        }
        var rate = Self.mayBeARate(unit) ? rateDenominator(tokens, at: j) : nil
        if words.timeUnits.contains(unit), isTimeReference(tokens, after: j) { return nil }

        if qualifier != .range {
            // "up to an additional seven pct": the qualifier may stand before a filler
            let filler = words.qualifierFillers.match(tokens, endingBefore: start)?.length ?? 0
            if let (length, q) = words.qualifiers.match(tokens, endingBefore: start - filler),
                !(words.timeUnits.contains(unit) && tokens[start - filler - length].is("over"))  // "over five years" is during
            {
                qualifier = q
                start -= length + filler
            }
        } else if qualifier == .range, start > 0, tokens[start - 1].is("between") {
            start -= 1
        }
        if let (length, _) = rate { j += length }
        // "two dlrs or more"; but "25 dlrs a share plus a warrant" adds
        if qualifier == .exact, let (length, q) = words.postQualifiers.match(tokens, at: j), rate == nil || !tokens[j].is("plus") {
            qualifier = q
            j += length
            // "two dlrs or more per share"
            if rate == nil, Self.mayBeARate(unit), let after = rateDenominator(tokens, at: j) {
                rate = after
                j += after.length
            }
        }
        if let (_, noun) = rate { unit += "/" + noun }
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
    /// Endings glued to a number that make it no count: "21st", "1990s", "2.15pm", "10b".
    private static let glued = ["st", "nd", "rd", "th", "s", "am", "pm", "a", "b", "c"]
    /// Words after a number that make it a time of day: "10 a.m.", "1400 GMT".
    private static let clockWords = ["a.m.", "p.m.", "am", "pm", "gmt", "bst", "est", "edt", "cet"]

    private func isCountable(_ tokens: [Token], _ number: WrittenNumber) -> Bool {
        let i = number.start
        let end = number.end
        if i > 0, tokens[i - 1].isWord, words.rankingWords.contains(tokens[i - 1].word) { return false }  // "top three"
        if number.isWords {
            if i > 0, tokens[i].isCapitalized { return false }  // "Group of Five"
            if number.isFrequency {
                // "once" counts when it follows what happened: "invoked once", not "once again"
                if !tokens[i].is("once") {
                    // "twice", "thrice" count, unless they multiply: "twice as large"
                    return !(end < tokens.count && words.multiplierFollowers.contains(tokens[end].word))
                }
                guard i > 0, tokens[i - 1].isWord, !tokens[i - 1].is("at"),
                    !functionWords.contains(tokens[i - 1].word) || ["only", "than", "least", "just", "exactly"].contains(tokens[i - 1].lower)
                else {
                    return false
                }
                if end < tokens.count, ["again", "more", "upon", "the", "a", "it", "they", "he", "she"].contains(tokens[end].lower) {
                    return false
                }
                if end + 1 < tokens.count, tokens[end].is("and"), tokens[end + 1].is("for") { return false }  // "once and for all"
                // "the crowd that once idolised him": before a past tense, "once" means formerly
                if end < tokens.count, tokens[end].isWord, tokens[end].lower.endsWithBytes("ed") { return false }
                return true
            }
            return true
        }
        if i > 0 {
            let before = tokens[i - 1]
            if !tokens[i].spaced && before.isWord { return false }  // "B52", "G7"
            if !tokens[i].spaced && before.is("-") && i > 1 && (tokens[i - 2].isWord || tokens[i - 2].isNumber) && !before.spaced {
                return false  // "F-14", "COVID-19", "747-400"
            }
            if before.isWord && before.isCapitalized && words.identifierWords.contains(before.word) { return false }
            if before.is("."), i > 1, words.identifierWords.contains(tokens[i - 2].word) || words.months[tokens[i - 2].word] != nil {
                return false  // "No. 5", "Sept. 11"
            }
            if before.isWord, before.isCapitalized, words.months[before.word] != nil { return false }  // "September 11"
            if before.is("#") { return false }
            if (before.is("/") || before.is(".")) && !tokens[i].spaced { return false }  // "3/4", "U.S.-1.5"
        }
        if end < tokens.count {
            let after = tokens[end]
            if !after.spaced {
                if after.isWord, after.isAny(of: Self.glued) && words.scales[after.word] == nil {
                    return false  // "21st", "1990s", "2.15pm", "10b" is a scale
                }
                if after.is(":") || after.is("/") { return false }  // "8:46", "9/11", "1987/88"
                if after.is("-"), end + 1 < tokens.count, tokens[end + 1].isNumber, !tokens[end + 1].spaced, number.isYearLike {
                    return false  // "2012-13"
                }
                if after.is("’") || after.is("'"), end + 1 < tokens.count, tokens[end + 1].is("s") { return false }
            }
            if after.isWord, after.isCapitalized, words.months[after.word] != nil, number.value <= 31 { return false }  // "15 April"
            if after.isWord, after.isAny(of: Self.clockWords) { return false }
            // "between 1900 and 2300 hours", "at 0700 hours": a clock time
            if i > 0, words.clockTimePrepositions.contains(tokens[i - 1].word), Self.isClockTime(tokens[i].text),
                case .unit("hour")? = unitWord(tokens, at: end)?.1
            {
                return false
            }
        }
        return true
    }

    /// Four digits that read as hours and minutes: "0700", "2300".
    private static func isClockTime(_ text: String) -> Bool {
        let digits = Array(text.utf8)
        guard digits.count == 4, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return false }
        let hours = Int(digits[0] - 48) * 10 + Int(digits[1] - 48)
        let minutes = Int(digits[2] - 48) * 10 + Int(digits[3] - 48)
        return hours <= 24 && minutes <= 59
    }

    private func scaleAt(_ tokens: [Token], _ j: Int) -> Double? {
        guard j < tokens.count, tokens[j].isWord, let scale = words.scales[tokens[j].word] else { return nil }
        if words.gluedScalesOnly.contains(tokens[j].word) && tokens[j].spaced { return nil }
        return scale
    }

    private struct RangeEnd {
        var value: Double
        var scale: Double
        var end: Int
        var currency: String?
    }

    /// The upper end of a range that starts with the number just read. After a change ("by",
    /// "rose") "X to Y" is a change and a level, except where both write the same scale and Y
    /// is above X and at most twice it: "fall by 12 billion to 18 billion dlrs" is a range of
    /// the change (a change of more than half the level it leads to is rare).
    private func rangeEnd(_ tokens: [Token], after j: Int, startedAt start: Int, first: Double, firstScale: Double, currency: String?) -> RangeEnd? {
        guard j < tokens.count else { return nil }
        let joiner = tokens[j]
        let betweenForm = start > 0 && tokens[start - 1].is("between") && joiner.is("and")
        let afterChange = start > 0 && isChangeStart(tokens, start)
        let toForm = joiner.is("to") && (!afterChange || (firstScale != 1 && tokens[start - 1].is("by")))
        let dashForm = (joiner.is("-") || joiner.is("–")) && !joiner.spaced
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
        if afterChange, joiner.is("to"), !(scale == firstScale && scaleAt(tokens, second.end) != nil && second.value * scale > first && second.value * scale <= first * 2) {
            return nil
        }
        return RangeEnd(value: second.value * scale, scale: scale, end: end, currency: secondCurrency ?? currency)
    }

    /// The second figure of a comparison that writes its unit once, after the second number.
    private func comparedFigure(_ tokens: [Token], after j: Int, joiner: String, previous: FigureSpan?) -> FigureSpan? {
        guard j + 1 < tokens.count, tokens[j].is(joiner), let next = figure(tokens, at: j + 1, previous: previous),
            next.start == j + 1
        else { return nil }
        return next
    }

    /// The upper end of a range whose ends each carry the unit: "between 65 dlrs and 85 dlrs",
    /// "range from 16 cts to 70 cts", "34 cts to 36 cts". A bare "X to Y" that follows no change
    /// is a range only when Y is above X and below three times X: a change is mostly smaller
    /// than the level it leads to ("raised prices 20 cts to 1.45 dlrs", "rose 5 pct, or 37.8
    /// billion dlrs to 3,063.4 billion dlrs").
    private func repeatedUnitRangeEnd(_ tokens: [Token], after j: Int, startedAt start: Int, low: Double, unit: String) -> FigureSpan? {
        guard j + 1 < tokens.count, start > 0, tokens[j].is("and") || tokens[j].is("to") else { return nil }
        let between = tokens[start - 1].is("between") && tokens[j].is("and")
        let ranging = tokens[start - 1].is("from") && start > 1 && words.rangeVerbs.contains(tokens[start - 2].word)
        guard between || tokens[j].is("to") && !isChangeStart(tokens, start) && !tokens[start - 1].is("or"),
            let high = comparedFigure(tokens, after: j, joiner: tokens[j].lower, previous: nil), high.qualifier == .exact,
            Self.amountUnit(high.unit) == Self.amountUnit(unit)
        else { return nil }
        if !between && !ranging && !(low > 0 && high.value > low && high.value < low * 3) { return nil }
        return high
    }

    /// "Australian dlrs", "Swiss francs", "U.S. dollars", "Canadian cts": the code and the
    /// factor to the currency's unit.
    private func currencyWithQualifier(_ tokens: [Token], at j: Int) -> (Int, String, Double)? {
        // a name of several words: "Kenyan shillings", "Hong Kong dlrs", "Brazilian cruzados"
        if let (length, word) = words.unitWords.match(tokens, at: j), length > 1, case .currency(let code) = word {
            return (length, code, 1)
        }
        guard let (length, code) = words.currencyQualifiers.match(tokens, at: j),
            let (wordLength, word) = unitWord(tokens, at: j + length)
        else { return nil }
        switch word {
        case .currency: return (length + wordLength, code, 1)
        case .subunit(_, let factor): return (length + wordLength, code, factor)
        default: return nil
        }
    }

    /// A unit word after a number. Measurement words count only in lower case ("120.1 mln
    /// Year" in a table is not years); currency codes only in upper case.
    private func unitWord(_ tokens: [Token], at j: Int) -> (Int, FigureWords.UnitWord)? {
        guard let (length, word) = words.unitWords.match(tokens, at: j) else { return nil }
        if case .currency = word { return (length, word) }
        let text = tokens[j].text
        if tokens[j].isWord && tokens[j].isCapitalized && text != text.uppercased() { return nil }
        return (length, word)
    }

    /// "from 40 to 21", "rose 1-1/4 to 101-1/2", "by 1,200 to 31,400": a change and a level,
    /// two figures, not a range.
    private func isChangeStart(_ tokens: [Token], _ start: Int) -> Bool {
        let before = tokens[start - 1]
        if before.is("from") { return !(start > 1 && words.rangeVerbs.contains(tokens[start - 2].word)) }  // "ranging from"
        return before.is("by") || words.changeVerbs.contains(before.word)
    }

    /// The currency of "or 1.73 dlrs" right after a bare number.
    private func moneyUnitOfAlternative(_ tokens: [Token], after j: Int) -> String? {
        guard j + 1 < tokens.count, tokens[j].is("or") else { return nil }
        var k = j + 1
        if let (length, code) = words.currencySymbols.match(tokens, at: k) { return k + length < tokens.count ? code : nil }
        guard let number = numbers.read(tokens, at: k) else { return nil }
        k = number.end
        if scaleAt(tokens, k) != nil { k += 1 }
        switch unitWord(tokens, at: k)?.1 {
        case .currency(let code)?: return code
        case .subunit(let code, _)?: return code
        default: return nil
        }
    }

    /// An ISO 4217 code: "USD", not "USD/share".
    static func isMoney(_ unit: String) -> Bool {
        unit.utf8.count == 3 && unit.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
    }

    /// The unit of the amount in a rate: `USD` of `USD/share`.
    static func amountUnit(_ unit: String) -> String {
        // by byte: a search by Character cost more than the rest of reading a figure's place
        guard let slash = unit.utf8.firstIndex(of: UInt8(ascii: "/")) else { return unit }
        return String(unit[..<slash])
    }

    /// Money and measures may be per something ("18 dlrs a barrel", "37 bushels an acre");
    /// percentages, points, counts and durations stay as they are ("5 pct a year").
    private static func mayBeARate(_ unit: String) -> Bool {
        !["percent", "percentage_points", "basis_points", "count", "point", "barrels_per_day"].contains(unit)
            && !FigureWords.durations.contains(unit) && !unit.utf8.contains(UInt8(ascii: "/"))
    }

    /// "per acre", "a barrel", "per common share", "-a-share": what the amount just read is
    /// per, as its canonical noun, and how many tokens say so. Durations are not: "5 mln dlrs a
    /// year" is an amount in a year, and "a year earlier" a time.
    private func rateDenominator(_ tokens: [Token], at j: Int) -> (length: Int, noun: String)? {
        var k = j
        if isGluedHyphen(tokens, k) { k += 1 }  // "18-dlr-a-share"
        guard k < tokens.count, tokens[k].is("per") || tokens[k].is("a") || tokens[k].is("an") else { return nil }
        k += 1
        if isGluedHyphen(tokens, k) { k += 1 }
        // up to two modifiers: "per common share", "a fully diluted share"
        for _ in 0...2 {
            guard k < tokens.count, tokens[k].isWord else { return nil }
            if let (length, noun) = words.rateDenominators.match(tokens, at: k) { return (k + length - j, noun) }
            guard !functionWords.contains(tokens[k].word), words.unitWords.match(tokens, at: k) == nil,
                words.scales[tokens[k].word] == nil
            else { return nil }
            k += 1
        }
        return nil
    }

    /// A hyphen with no blank on either side: "100-mln", "70,000-tonne".
    private func isGluedHyphen(_ tokens: [Token], _ j: Int) -> Bool {
        j + 1 < tokens.count && tokens[j].is("-") && !tokens[j].spaced && !tokens[j + 1].spaced
    }

    /// Money and measured units carry over to a bare scaled number in the same list;
    /// percentages, durations and counts do not.
    private static func isInheritable(_ unit: String) -> Bool {
        !["percent", "percentage_points", "basis_points", "count", "year", "month", "week", "day", "hour", "point"].contains(unit)
    }

    private func unitName(_ word: FigureWords.UnitWord) -> String {
        switch word {
        case .currency(let code): return code
        case .subunit(let code, _): return code
        case .percent: return "percent"
        case .percentagePoints: return "percentage_points"
        case .basisPoints: return "basis_points"
        case .unit(let unit): return unit
        }
    }

    /// A counted noun right after the number, or after up to two modifiers: "60 troops",
    /// "3,000 Ukrainian soldiers", "two Kuwaiti tankers", "392 working rigs".
    private func countNounAt(_ tokens: [Token], _ j: Int) -> Int? {
        var k = j
        var modifiers = 0
        while k < tokens.count, modifiers <= 3, tokens[k].isWord {
            if words.countNouns.contains(tokens[k].word) || isPluralNoun(tokens[k]) { return k }
            // "five Palestinians": a plural demonym counts people
            if tokens[k].isCapitalized, tokens[k].lower.endsWithBytes("s"), places.match(tokens, at: k, maxTokens: 1) != nil { return k }
            guard !functionWords.contains(tokens[k].word), words.unitWords.match(tokens, at: k) == nil else { return nil }
            modifiers += 1
            k += 1
            // "5,000 low-income students": a hyphenated modifier is one
            if k + 1 < tokens.count, tokens[k].is("-"), !tokens[k].spaced, !tokens[k + 1].spaced, tokens[k + 1].isWord { k += 1 }
        }
        return nil
    }

    /// "381,050 of its shares", "10 of the 12 banks": a count of a plural noun after "of".
    private func countedPhrase(_ tokens: [Token], _ j: Int) -> Int? {
        guard j + 1 < tokens.count, tokens[j].is("of") else { return nil }
        var k = j + 1
        if ["its", "the", "their", "his", "her", "our"].contains(tokens[k].lower) { k += 1 }
        if k < tokens.count, tokens[k].isNumber { k += 1 }  // "1,000 of the 3,500 refugees"
        return countNounAt(tokens, k)
    }

    /// "11 days ago", "12 months later", "the three months to December": a point in time
    /// or a period's name, not a duration.
    private func isTimeReference(_ tokens: [Token], after j: Int) -> Bool {
        guard j < tokens.count else { return false }
        if words.timeReferences.contains(tokens[j].word) && tokens[j].lower != "on" { return true }
        if ["to", "ended", "ending", "through", "until"].contains(tokens[j].lower), j + 1 < tokens.count,
            words.months[tokens[j + 1].word] != nil && tokens[j + 1].isCapitalized
        {
            return true
        }
        return false
    }

    /// A lower-case word that reads as a plural noun: ends in "s", not a verb or a word
    /// known to be something else.
    private func isPluralNoun(_ token: Token) -> Bool {
        let word = token.lower
        guard token.isWord, !token.isCapitalized, word.count >= 4, word.endsWithBytes("s"), !word.endsWithBytes("ss"),
            !words.notCountNouns.contains(token.word), words.scales[token.word] == nil, words.unitWords.match([token], at: 0) == nil
        else { return false }
        return true
    }

    /// "rose 1.14 billion", "cut by 2 percent" are changes; "rose to 18.97 billion" is a level.
    private func kind(_ tokens: [Token], before start: Int) -> Figure.Kind {
        guard start > 0 else { return .level }
        let previous = tokens[start - 1]
        if ["further", "additional", "another", "extra"].contains(previous.lower) { return .change }  // "a further 20 mln stg"
        if ["to", "from", "at", "of"].contains(previous.lower) { return .level }
        if words.changeVerbs.contains(previous.word) { return .change }
        if previous.is("by"), start > 1, words.changeVerbs.contains(tokens[start - 2].word) { return .change }
        return .level
    }
}
