/// A time span a sentence names: "since 2022", "in 2024", "for fiscal 1987", "between 1981
/// and 2001", "1987/88", "last year", "the fourth quarter", "in January", "on Monday".
struct PeriodMention: Sendable, Equatable {
    /// Nil at both ends when the span counts from a date the article does not give ("last
    /// year" in an undated article): still a period, so no other period is taken for it.
    var start: String?
    var end: String?
    /// "since 2022" looks back at the figure before it; other periods may also set the
    /// time of figures after them ("In 1986, sales rose 5 pct to 2 bln dlrs").
    var looksBack = false
    /// "compared with 1984's profit of 93 mln": a period in a comparison base dates the
    /// figure after it, never the one before.
    var looksForward = false
    /// "last year", "a year ago": counted from the publication date, not written out.
    var countsFromPublication = false
    /// Token range of the words that name it.
    var firstToken: Int
    var endToken: Int
}

/// Finds periods in a sentence's tokens. Years are read here, never as figures.
///
/// The words of a period are read by ``TimeExpressionReader``; this decides where a period
/// starts (after "in", "since", "by", "between", or bare) and which dates are not the time of
/// a figure: a security's maturity ("due 1994"), the time of a saying ("said on Monday"), a
/// comparison ("the highest since 2008") and a comparison base ("from a year ago").
struct PeriodFinder: Sendable {
    let words: FigureWords
    let calendar: CalendarWords
    let functionWords: WordSet

    /// What the scan found at a token.
    private enum Found {
        case period(PeriodMention, TimeReading.Origin, CalendarSpan?)
        /// Words that name a time but no period of a figure, up to this token.
        case skipped(Int)
    }

    /// `published` resolves "last year", "in January", "yesterday"; without it they are
    /// periods of unknown time.
    ///
    /// `article` holds the periods earlier sentences named ("in the quarter" is the quarter the
    /// article is about); this sentence's are added to it.
    func periods(in tokens: [Token], published: ArticleDate?, article: inout ArticlePeriods) -> [PeriodMention] {
        var found: [PeriodMention] = []
        // "a year earlier" counts from the first period the sentence names
        var reader = TimeExpressionReader(tokens: tokens, words: words, calendar: calendar, published: published, anchor: nil,
                                          article: article)
        var i = 0
        while i < tokens.count {
            guard mayStart(at: i, tokens) else {
                i += 1
                continue
            }
            switch period(reader, at: i) {
            case .period(let mention, let origin, let span)?:
                found.append(mention)
                if reader.anchor == nil, origin != .anchor, span?.start != nil || span?.end != nil { reader.anchor = span }
                if origin != .anchor, let span { article.note(span) }
                i = max(mention.endToken, i + 1)
            case .skipped(let end)?:
                i = max(end, i + 1)
            case nil:
                i += 1
            }
        }
        return found
    }

    /// Whether a period may start at `i`: a quick test of a token and the one after it, so that
    /// the reader reads at few tokens ("the" only before "fourth", "previous", "end"; "a" only
    /// before a unit; "in" only before what may start a period).
    private func mayStart(at i: Int, _ tokens: [Token]) -> Bool {
        if tokens[i].isNumber { return true }
        let word = tokens[i].word
        guard calendar.starters.contains(word) else { return false }
        guard i + 1 < tokens.count else { return true }
        let next = tokens[i + 1]
        if tokens[i].is("the") { return next.isNumber || calendar.afterThe.contains(next.word) }
        if calendar.indefiniteArticles.contains(word) { return calendar.units[next.word] != nil || calendar.dayUnits[next.word] != nil }
        if words.periodWords[word] != nil || calendar.rangeStarts.contains(word) {
            return next.isNumber || calendar.starters.contains(next.word) || calendar.weekdays[next.word] != nil
        }
        return true
    }

    private func period(_ reader: TimeExpressionReader, at i: Int) -> Found? {
        let tokens = reader.tokens
        // "between 1981 and 2001", "from May to July", "between May and July 1987"
        if calendar.rangeStarts.contains(tokens[i].word), let first = reader.read(i + 1, cued: true), first.end < tokens.count,
            calendar.rangeConnectors.contains(tokens[first.end].word),
            let second = reader.read(first.end + 1, cued: true) ?? reader.sameMonth(as: first, dayAt: first.end + 1),
            Self.measures(first, second)
        {
            let start = Self.placed(first, before: second)
            let origin = first.origin == .written ? second.origin : first.origin
            let span = CalendarSpan(start: start?.start, end: second.span?.end)
            return found(span, origin, first: i, end: second.end, reader)
        }
        if let relation = words.periodWords[tokens[i].word], let reading = reader.read(i + 1, cued: true, wholeEnd: relation == "by") {
            if i > 0, calendar.maturityWords.contains(tokens[i - 1].word) { return .skipped(reading.end) }  // "maturing in August 1992"
            if reading.namesDay, relation != "since" { return .skipped(reading.end) }  // "waived through March 31"
            switch relation {
            case "since":
                // "the highest since 2008" compares; it does not date the figure
                let comparing = (max(0, i - 3)..<i).contains { words.comparisonWords.contains(tokens[$0].word) }
                if comparing { return .skipped(reading.end) }
                let span = reading.span.map { CalendarSpan(start: $0.start, end: nil) }
                return found(span, reading.origin, first: i, end: reading.end, reader, looksBack: true)
            case "until":
                return found(reading.span.map { CalendarSpan(start: nil, end: $0.end) }, reading.origin, first: i, end: reading.end, reader)
            default:
                return found(reading.span, reading.origin, first: i, end: reading.end, reader)
            }
        }
        // "debentures due 1994", "due April 23, 1992": the end of a security's life
        if i > 0, calendar.maturityWords.contains(tokens[i - 1].word), let reading = reader.read(i, cued: true) {
            return .skipped(reading.end)
        }
        if let (startYear, endYear, end) = reader.fiscalLabel(i) {
            return found(CalendarSpan(start: .year(startYear), end: .year(endYear)), .written, first: i, end: end, reader)
        }
        if let reading = reader.read(i, cued: false) {
            // "up 12 pct from a year ago", "up 4 per cent on the previous year": the base compared
            // with, unless it names the figure after it ("from 1986 third quarter results of")
            if i > 0, words.periodBases.contains(tokens[i - 1].word)
                || reading.origin == .anchor && calendar.anchorBases.contains(tokens[i - 1].word)
                || i > 1 && calendar.comparisonVerbs.contains(tokens[i - 2].word)  // "compared to five years ago"
            {
                guard namesFigure(after: reading.end, reader) else { return .skipped(reading.end) }
                return found(reading.span, reading.origin, first: i, end: reading.end, reader, looksForward: true)
            }
            return found(reading.span, reading.origin, first: i, end: reading.end, reader)
        }
        // "1986 net profit", "its 2024 defence budget", "1984's profit", "qtr 1986", "year 1987"
        if let y = reader.year(i) {
            if i > 0, words.periodBases.contains(tokens[i - 1].word) {
                // "compared with 1984's profit of 93 mln"
                guard namesFigure(after: i + 1, reader) else { return nil }
                return found(CalendarSpan(.year(y)), .written, first: i, end: i + 1, reader, looksForward: true)
            }
            let after = (i + 1..<min(i + 3, tokens.count)).contains { words.periodNouns.contains(tokens[$0].word) }
            let before = i > 0 && words.periodNouns.contains(tokens[i - 1].word)
                && !(i > 1 && words.periodBases.contains(tokens[i - 2].word))
            // not the year of a date: "5 March 2004 across 17 countries", "March 31, 1997 and"
            let dated = i > 0 && (words.months[tokens[i - 1].word] != nil || tokens[i - 1].is(","))
            let attributive = i + 1 < tokens.count && tokens[i + 1].isWord && !tokens[i + 1].isCapitalized
                && !(i > 0 && words.periodWords[tokens[i - 1].word] != nil) && !dated
            if after || before || attributive || reader.isPossessive(i + 1) {
                return found(CalendarSpan(.year(y)), .written, first: i, end: i + 1, reader)
            }
        }
        return nil
    }

    /// Whether a period ending before `end` names the figure after it: "1984's profit of",
    /// "1986 third quarter results of".
    private func namesFigure(after end: Int, _ reader: TimeExpressionReader) -> Bool {
        let tokens = reader.tokens
        if reader.isPossessive(end) { return true }
        var k = end
        while k < min(end + 2, tokens.count), tokens[k].isWord, !tokens[k].isCapitalized, !functionWords.contains(tokens[k].word) { k += 1 }
        return k > end && k < tokens.count && tokens[k].is("of")
    }

    /// Whether the words before `first` open a clause of comparison: "higher than it was at
    /// the start of 2002", "smaller than in 1986"; not "more than doubled in 1986".
    private func isComparisonBase(before first: Int, _ tokens: [Token]) -> Bool {
        var k = first - 1
        while k >= max(0, first - 5), tokens[k].isWord {
            if calendar.clauseBases.contains(tokens[k].word) {
                return !(k > 0 && calendar.clauseBaseExceptions.contains(tokens[k - 1].word))
            }
            guard functionWords.contains(tokens[k].word) else { return false }
            k -= 1
        }
        return false
    }

    /// A mention of `span`, or nothing where the time is that of a saying ("said on Monday",
    /// "told reporters yesterday", "announced last month"), of a delivery, or the base of a
    /// comparison.
    ///
    /// A period before "'s" ("December's", "last year's") is the determiner of what follows
    /// and looks forward.
    private func found(_ span: CalendarSpan?, _ origin: TimeReading.Origin, first: Int, end: Int, _ reader: TimeExpressionReader,
                       looksBack: Bool = false, looksForward: Bool = false) -> Found {
        let tokens = reader.tokens
        let possessive = reader.isPossessive(end)
        if origin == .published, !possessive, isSaying(before: first, tokens), !startsNounPhrase(end, tokens) { return .skipped(end) }
        if isComparisonBase(before: first, tokens) { return .skipped(end) }
        // "for end-April shipment", "for delivery during Apr-Aug 1988": the date of a delivery
        if end < tokens.count && calendar.deliveryWords.contains(tokens[end].word)
            || first > 0 && calendar.deliveryWords.contains(tokens[first - 1].word)
        {
            return .skipped(end)
        }
        let span = span?.canonical
        let mention = PeriodMention(start: span?.start?.label, end: span?.end?.label, looksBack: looksBack,
                                    looksForward: looksForward || possessive, countsFromPublication: origin == .published,
                                    firstToken: first, endToken: end)
        return .period(mention, origin, span)
    }

    /// "reported first quarter earnings": a period before a noun is the object's, not the
    /// saying's.
    private func startsNounPhrase(_ i: Int, _ tokens: [Token]) -> Bool {
        i < tokens.count && tokens[i].isWord && !tokens[i].isCapitalized && !functionWords.contains(tokens[i].word)
    }

    /// Whether a day, a month or a week named at `first` ("on Monday", "yesterday", "last
    /// month", "in January") follows a said word within a few words ("said on Monday", "told a
    /// news conference yesterday"): the time of the saying.
    private func isSaying(before first: Int, _ tokens: [Token]) -> Bool {
        var lead = words.periodWords[tokens[first].word] != nil ? first + 1 : first
        if lead < tokens.count, calendar.approximateWords.contains(tokens[lead].word) { lead += 1 }  // "early last week"
        guard lead < tokens.count else { return false }
        let word = tokens[lead].word
        guard calendar.dayWords[word] != nil || calendar.weekdays[word] != nil || calendar.deicticWords[word] != nil
            || words.months[word] != nil
        else { return false }
        var k = first - 1
        while k >= max(0, first - 5), tokens[k].isWord {
            if calendar.saidWords.contains(tokens[k].word) { return true }
            k -= 1
        }
        return false
    }

    /// Whether a span of two dates can be the time of a figure: days of a year at most ("bought
    /// shares between May 21 and June 9"), not the term of a security ("between June 30, 1988
    /// and June 30, 1990").
    private static func measures(_ first: TimeReading, _ second: TimeReading) -> Bool {
        guard first.namesDay || second.namesDay else { return true }
        guard let start = first.span?.start?.firstMonth, let end = second.span?.end?.lastMonth else { return false }
        return end - start < 12
    }

    /// The start of "between May and July 1987": a month without a year is the latest one
    /// not after the end.
    private static func placed(_ first: TimeReading, before second: TimeReading) -> CalendarSpan? {
        guard first.origin == .published, case .month(var month)? = first.span?.start, first.span?.end == first.span?.start,
            let last = second.span?.end?.lastMonth
        else { return first.span }
        while month > last { month -= 12 }
        while month + 12 <= last { month += 12 }
        return CalendarSpan(.month(month))
    }
}
