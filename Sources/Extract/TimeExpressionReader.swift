import ClaimsNormalize

/// What one time expression of a sentence names, and where it ends.
struct TimeReading: Sendable, Equatable {
    /// Where a reading counts from.
    enum Origin: Sendable, Equatable {
        /// The words alone: "in 1986", "the fourth quarter of 1986".
        case written
        /// The publication date: "last year", "in January", "on Monday".
        case published
        /// A period named before it in the sentence: "a year earlier", "the following year".
        case anchor
        /// A period named by an earlier sentence, or earlier in this one: "in the quarter".
        case named
    }

    /// Nil when it counts from a date the article or the sentence does not give: "last year"
    /// in an undated article is a period, but an unknown one.
    var span: CalendarSpan?
    /// The token after it.
    var end: Int
    var origin: Origin
    /// A day of a month: "March 31", "Aug 14, 1989". A window or a deadline of a day ("between
    /// Aug 14, 1989 and Aug 14, 1993", "through March 31") is seldom the time of a figure.
    var namesDay = false
}

/// Reads the time expressions of English at a token of a sentence: years and fiscal labels,
/// months with or without a day or year, quarters and halves ("the fourth quarter of 1986",
/// "Q1", "1986 4th qtr"), "the first nine months", spans ending at a date ("the quarter ended
/// March 30, 1986", "the week to March 4"), the end of a span, words counted from the
/// publication date ("last month", "yesterday", "on Monday", "two years ago") and from a period
/// named before ("a year earlier", "the following year").
///
/// Quarters and halves are their months, "first quarter" of 1987 is 1987-01 to 1987-03. A month,
/// quarter or half without a year is the latest one that starts no later than the month of
/// publication; weeks and days resolve to the month they fall in.
struct TimeExpressionReader {
    /// A unit of time: months in one ("quarter" 3), or days ("week" 7).
    enum Unit: Equatable {
        case months(Int)
        case days(Int)

        /// `count` of them in months; weeks and days end in the month they reach.
        func months(_ count: Int) -> Int? {
            switch self {
            case .months(let months): return count * months
            case .days(let days):
                // the month of a common year the last day falls in: eight weeks end in February
                let total = count * days
                guard total >= 1, total <= 365 else { return nil }
                return ArticleDate.monthNumber(ofDay: PublicationDate.days(year: 2001, month: 1, day: 1) + total - 1) % 12 + 1
            }
        }
    }

    let tokens: [Token]
    let words: FigureWords
    let calendar: CalendarWords
    let published: ArticleDate?
    /// The first period the sentence named before, which "a year earlier" counts from.
    var anchor: CalendarSpan?
    /// The periods earlier sentences named: "in the quarter".
    let article: ArticlePeriods

    /// The expression at `i`. `cued`: after a period preposition ("in", "since", "by"), where a
    /// year or a month alone is a period; bare, a year is one only with a part of it ("1986
    /// fourth quarter") and a month only before a noun ("February sales"). `wholeEnd`: "by
    /// the end of 2005" is 2005, not its December.
    func read(_ i: Int, cued: Bool, wholeEnd: Bool = false) -> TimeReading? {
        guard i < tokens.count else { return nil }
        // "the end of 1985", "the close of the year": its last month
        if let after = endOf(i), let inner = read(after, cued: true) ?? yearAlone(after) ?? yearEnd(after) {
            return TimeReading(span: wholeEnd ? inner.span : inner.span?.lastMonth, end: inner.end, origin: inner.origin)
        }
        // "by year-end", "at year end"
        if let end = yearEnd(i) {
            return TimeReading(span: wholeEnd ? end.span : end.span?.lastMonth, end: end.end, origin: end.origin)
        }
        // "early 1987", "mid-1987", "the start of the year"
        if let after = approximation(i), let inner = read(after, cued: true) ?? yearAlone(after) { return inner }
        if tokens[i].is("the") { return definite(i + 1, cued: cued) }
        return yearLed(i, cued: cued) ?? monthLed(i, cued: cued) ?? partLed(i) ?? firstMonths(i) ?? endingAt(i)
            ?? lengthShift(i) ?? deictic(i) ?? day(i)
    }

    // MARK: expressions

    /// After "the": "the current year", "the previous quarter", "the same period last year",
    /// "the year before", "the year-ago quarter", "the year 1987", and the parts and spans
    /// that may take "the" ("the fourth quarter", "the week to March 4").
    private func definite(_ i: Int, cued: Bool) -> TimeReading? {
        guard i < tokens.count else { return nil }
        if cued, let part = dayPart(i) { return part }  // "in the afternoon session"
        if let offset = calendar.definiteDeicticWords[tokens[i].word], let (unit, end) = unit(skippingFiscal: i + 1) {
            return counted(fromPublication: offset, unit, end: end)
        }
        if let offset = calendar.anaphoricWords[tokens[i].word] {
            if let (unit, end) = unit(skippingFiscal: i + 1) {
                if let compound = compoundShift(unit, at: end) { return compound }  // "the same year-ago quarter"
                // "the previous fiscal year ended February 28, 1987": the date says which
                if case .months(let months) = unit, let ending = ending(end, months: months) { return ending }
                return offset == 0 ? sameSpan(end) : fromAnchor(offset, unit, end: end)
            }
            // "the same period last year"
            if offset == 0, words.periodNouns.contains(word(i + 1)) { return sameSpan(i + 2) }
        }
        if let (unit, afterUnit) = unit(i) {
            // "the year before", "the year earlier"
            if afterUnit < tokens.count, let shift = calendar.shiftWords[tokens[afterUnit].word], shift < 0,
                !tokens[afterUnit].is("ago"), endsClause(afterUnit + 1)
            {
                return fromAnchor(-1, unit, end: afterUnit + 1)
            }
            if let compound = compoundShift(unit, at: afterUnit) { return compound }
            // "the year 1987"
            if unit == .months(12), let year = year(afterUnit) {
                return TimeReading(span: CalendarSpan(.year(year)), end: afterUnit + 1, origin: .written)
            }
        }
        return partLed(i) ?? firstMonths(i) ?? endingAt(i) ?? yearLed(i, cued: cued) ?? monthLed(i, cued: cued) ?? named(i)
    }

    /// "the quarter", "the half", "the month": the one the sentence named before, else the first
    /// the article named; nothing when neither did.
    private func named(_ i: Int) -> TimeReading? {
        guard let (unit, end) = unit(i), case .months(let months) = unit, months < 12,
            let span = anchor.flatMap({ ArticlePeriods.length($0) == months ? $0 : nil }) ?? article.first(months: months)
        else { return nil }
        return TimeReading(span: span, end: end, origin: .named)
    }

    /// After "the same period": "last year", "a year earlier", "of 1986" move the sentence's
    /// first period to that year; without one it is that year.
    private func sameSpan(_ i: Int) -> TimeReading? {
        if let (count, afterCount) = count(i), let (unit, afterUnit) = unit(afterCount), afterUnit < tokens.count,
            let direction = calendar.shiftWords[tokens[afterUnit].word]
        {
            return fromAnchor(tokens[afterUnit].is("ago") ? -count : direction * count, unit, end: afterUnit + 1)
        }
        guard let (reference, end) = yearReference(i, of: true) else { return nil }
        guard let target = reference.year else { return TimeReading(span: nil, end: end, origin: reference.origin) }
        // without a period before, the year is all that is known
        guard let anchor, let first = anchor.start?.firstMonth else {
            return TimeReading(span: CalendarSpan(.year(target)), end: end, origin: reference.origin)
        }
        return TimeReading(span: anchor.shifted(months: (target - first / 12) * 12), end: end, origin: .anchor)
    }

    /// `read` at `i` after an optional "the".
    private func definiteOrBare(_ i: Int, _ read: (Int) -> TimeReading?) -> TimeReading? {
        i < tokens.count && tokens[i].is("the") ? read(i + 1) : read(i)
    }

    /// "-ago quarter" after "the year", "-earlier period": the sentence's first period a
    /// `unit` away.
    private func compoundShift(_ unit: Unit, at i: Int) -> TimeReading? {
        guard i + 1 < tokens.count, tokens[i].is("-"), !tokens[i].spaced, let shift = calendar.shiftWords[tokens[i + 1].word] else { return nil }
        var end = i + 2
        if calendar.units[word(end)] != nil || words.periodNouns.contains(word(end)) { end += 1 }
        return fromAnchor(shift, unit, end: end)
    }

    /// "1987", "fiscal 1987", "1987/88", and a part of a year after one: "1986 fourth quarter",
    /// "1987 nine months", "1986's first half".
    private func yearLed(_ i: Int, cued: Bool) -> TimeReading? {
        var j = i
        let fiscal = j < tokens.count && calendar.fiscalWords.contains(tokens[j].word)
        if fiscal {
            j += 1
            if j < tokens.count, tokens[j].is("year") { j += 1 }
        }
        let span: CalendarSpan
        if let (first, last, end) = fiscalLabel(j) {
            span = CalendarSpan(start: .year(first), end: .year(last))
            j = end
        } else if let year = year(j) {
            span = CalendarSpan(.year(year))
            j += 1
        } else {
            return nil
        }
        if let part = part(of: span.start, origin: .written, at: j) { return part }
        guard cued || fiscal else { return nil }
        // "in 2001, 2002 and 2003": all of them (not "between 2001 and 2003", read as a span)
        var k = j
        while k + 1 < tokens.count, tokens[k].is(","), year(k + 1) != nil { k += 2 }
        if k > j, k + 1 < tokens.count, tokens[k].is("and"), let last = year(k + 1), let first = span.start?.firstMonth, last > first / 12 {
            return TimeReading(span: CalendarSpan(start: span.start, end: .year(last)), end: k + 2, origin: .written)
        }
        return TimeReading(span: span, end: j, origin: .written)
    }

    /// "March 1987", "March 30, 1986", "May-Oct 1987", "in January", "February sales".
    private func monthLed(_ i: Int, cued: Bool) -> TimeReading? {
        // "30 September 2004": the day first
        if dayOfMonth(i), let (month, afterMonth) = month(i + 1) {
            return dated(month, at: i + 1, after: afterMonth, day: .before, cued: cued)
        }
        guard let (month, afterMonth) = month(i) else { return nil }
        // "May-Oct 1987", "the July-September quarter"
        if afterMonth + 1 < tokens.count, tokens[afterMonth].is("-"), let (last, afterLast) = self.month(afterMonth + 1) {
            let back = (last - month + 12) % 12
            if let year = year(afterLast) {
                let lastNumber = CalendarPoint.number(year: year, month: last)
                return TimeReading(span: CalendarSpan(months: lastNumber - back, lastNumber), end: afterLast + 1, origin: .written)
            }
            var end = afterLast
            if end < tokens.count, calendar.units[tokens[end].word] != nil || words.periodNouns.contains(tokens[end].word) { end += 1 }
            let lastNumber = latest(monthOfYear: last)
            return TimeReading(span: lastNumber.map { CalendarSpan(months: $0 - back, $0) }, end: end, origin: .published)
        }
        let place: DayPlace = dayOfMonth(afterMonth) ? .after : i > 0 && dayOfMonth(i - 1) ? .before : .none
        return dated(month, at: i, after: afterMonth, day: place, cued: cued)
    }

    /// Where a month's day is written: "30 September", "September 30".
    private enum DayPlace { case none, before, after }

    /// The month named at `i` (`afterMonth` the token after its name), with a day, a year,
    /// "last year", or alone.
    private func dated(_ month: Int, at i: Int, after afterMonth: Int, day place: DayPlace, cued: Bool) -> TimeReading? {
        let day = place != .none
        var j = place == .after ? afterMonth + 1 : afterMonth
        let afterDay = j
        if j < tokens.count, tokens[j].is(","), day || year(j + 1) != nil { j += 1 }  // "July, 1988"
        if let year = year(j) {
            // a day of a year dates an event ("due April 23, 1992"), unless a preposition says otherwise
            guard cued || !day else { return nil }
            return TimeReading(span: CalendarSpan(.month(CalendarPoint.number(year: year, month: month))), end: j + 1, origin: .written,
                               namesDay: day)
        }
        if !day {
            // "January last year"
            if let (reference, end) = yearReference(afterMonth, of: false), reference.origin == .published {
                let span = reference.year.map { CalendarSpan(.month(CalendarPoint.number(year: $0, month: month))) }
                return TimeReading(span: span, end: end, origin: .published)
            }
            // "the March quarter", "the June half": the months to that one
            if case .months(let months)? = unit(afterMonth)?.0, months > 1 {
                let last = latest(monthOfYear: month)
                return TimeReading(span: last.map { CalendarSpan(months: $0 - months + 1, $0) }, end: afterMonth + 1, origin: .published)
            }
        }
        if !cued {
            // "February sales": a month alone before a noun, never "May" or "March", which are
            // verbs too, nor a compound's ("end-April shipment")
            let beforeNoun = afterMonth < tokens.count && tokens[afterMonth].isWord && !tokens[afterMonth].isCapitalized
                && words.writtenNumbers[tokens[afterMonth].word] == nil  // "Record April three" is a day
            guard !day, beforeNoun || isPossessive(afterMonth), !calendar.verbMonths.contains(tokens[i].word),
                !(i > 0 && tokens[i - 1].is("-") && !tokens[i].spaced)
            else { return nil }
        }
        return TimeReading(span: latest(monthOfYear: month).map { CalendarSpan(.month($0)) }, end: afterDay, origin: .published,
                           namesDay: day)
    }

    /// "the fourth quarter of 1986", "first-half", "Q1 2004", "4th qtr", "the final quarter",
    /// "the third quarter ended June 29, 1985".
    private func partLed(_ i: Int) -> TimeReading? {
        guard let (index, months, afterPart) = partName(i) else { return nil }
        // "first half May shipment", "the second half of May": a part of a month; but "3rd qtr
        // Feb 28" is the quarter that ended then
        let ofMonth = afterPart < tokens.count && tokens[afterPart].is("of") && month(afterPart + 1) != nil
        if months == 3, month(afterPart) != nil, let date = monthLed(afterPart, cued: true), date.namesDay {
            let last = date.span?.end?.lastMonth
            return TimeReading(span: last.map { CalendarSpan(months: $0 - 2, $0) }, end: date.end, origin: date.origin)
        }
        if month(afterPart) != nil || ofMonth { return nil }
        if let ending = ending(afterPart, months: months) { return ending }
        // "the first half of the fiscal year ending June 30, 1988"
        if afterPart < tokens.count, tokens[afterPart].is("of"), let year = definiteOrBare(afterPart + 1, endingAt),
            let last = year.span?.end?.lastMonth, year.span?.start?.firstMonth == last - 11
        {
            let start = last - 11 + ((index < 0 ? 12 / months : index) - 1) * months
            return TimeReading(span: CalendarSpan(months: start, start + months - 1), end: year.end, origin: year.origin)
        }
        if let (reference, end) = yearReference(afterPart, of: true) {
            return TimeReading(span: reference.year.map { partSpan(index, months: months, year: $0) }, end: end, origin: reference.origin)
        }
        guard index > 0 else { return nil }  // "last quarter" counts back from publication: deictic
        // "in 1983, it recorded a profit for its first quarter": the year the sentence named
        if let year = anchor?.start.map({ $0.firstMonth / 12 }) {
            return TimeReading(span: partSpan(index, months: months, year: year), end: afterPart, origin: .anchor)
        }
        let first = latest(monthOfYear: (index - 1) * months + 1)
        return TimeReading(span: first.map { CalendarSpan(months: $0, $0 + months - 1) }, end: afterPart, origin: .published)
    }

    /// "the first nine months of 1986", "the first eight weeks of the year", "the last three
    /// months of 2004", "nine months 1987".
    private func firstMonths(_ i: Int) -> TimeReading? {
        var j = i
        // "the first nine months", "the last three months", or "nine months 1987" without "of"
        let first = j < tokens.count && calendar.firstWords.contains(tokens[j].word)
        let last = j < tokens.count && calendar.ordinals[tokens[j].word] == -1
        if first || last { j += 1 }
        guard let (count, afterCount) = count(j), let (unit, afterUnit) = unit(afterCount) else { return nil }
        // "the first 24 days of March": that month
        if first, case .days = unit, afterUnit < tokens.count, tokens[afterUnit].is("of"), let month = monthLed(afterUnit + 1, cued: true) {
            return month
        }
        guard let length = unit.months(count), (1...12).contains(length),
            let (reference, end) = yearReference(afterUnit, of: first || last),
            first || last || reference.origin == .written, !calendar.spanStartWords.contains(word(end))
        else { return nil }
        let span = reference.year.map { year in
            let start = CalendarPoint.number(year: year, month: last ? 13 - length : 1)
            return CalendarSpan(months: start, start + length - 1)
        }
        return TimeReading(span: span, end: end, origin: reference.origin)
    }

    /// Whether the two tokens at `i` say "so far" or "to date".
    private func isToDate(_ i: Int) -> Bool {
        i >= 0 && i + 1 < tokens.count && calendar.toDatePhrases.contains { $0.first == tokens[i].word && $0.second == tokens[i + 1].word }
    }

    /// "last year", "this month", "next quarter", "this fiscal year", "last Monday", "this time
    /// last year", "last year's fourth quarter".
    private func deictic(_ i: Int) -> TimeReading? {
        guard i + 1 < tokens.count, let offset = calendar.deicticWords[tokens[i].word] else { return nil }
        if offset == 0, let part = dayPart(i + 1) { return part }  // "this morning"
        // "last Monday" is the one before the day of publication, "next Monday" the one after
        if offset != 0, let weekday = calendar.weekdays[tokens[i + 1].word] {
            guard published?.dayNumber != nil else { return nil }
            let month = offset < 0 ? latestWeekday(weekday, before: true) : nextWeekday(weekday)
            return TimeReading(span: month.map { CalendarSpan(.month($0)) }, end: i + 2, origin: .published)
        }
        // "last November": the latest before the month of publication
        if offset != 0, let (month, end) = month(i + 1), year(end) == nil {
            let now = published?.monthNumber
            let number = now.map { now -> Int in
                let candidate = CalendarPoint.number(year: now / 12, month: month)
                return offset < 0 ? (candidate < now ? candidate : candidate - 12) : (candidate > now ? candidate : candidate + 12)
            }
            return TimeReading(span: number.map { CalendarSpan(.month($0)) }, end: end, origin: .published)
        }
        // "this time last year"
        if offset == 0, i + 3 < tokens.count, calendar.timeWords.contains(tokens[i + 1].word),
            let years = calendar.deicticWords[tokens[i + 2].word], calendar.units[tokens[i + 3].word] == 12
        {
            let month = published?.monthNumber.map { $0 + 12 * years }
            return TimeReading(span: month.map { CalendarSpan(.month($0)) }, end: i + 4, origin: .published)
        }
        guard let (unit, end) = unit(skippingFiscal: i + 1) else { return nil }
        // "so far this year", "this year to date": from January to the day of publication (its
        // month, when the day is unknown), so that one week's total for the year so far is not
        // another week's
        if offset == 0, unit == .months(12), let published, let now = published.monthNumber, (i >= 2 && isToDate(i - 2)) || isToDate(end) {
            let span = published.dayNumber.map { CalendarSpan(start: .day(PublicationDate.days(year: published.year, month: 1, day: 1)), end: .day($0)) }
                ?? CalendarSpan(months: now - now % 12, now)
            return TimeReading(span: span, end: isToDate(end) ? end + 2 : end, origin: .published)
        }
        let reading = counted(fromPublication: offset, unit, end: end)
        if unit == .months(12), let part = part(of: reading.span?.start, origin: .published, at: end) { return part }
        return reading
    }

    /// "yesterday", "on Monday", "Tuesday's session". Only with a day of publication:
    /// without one they say nothing of the year ("the Mail on Sunday").
    private func day(_ i: Int) -> TimeReading? {
        guard let today = published?.dayNumber else { return nil }
        // "today's shortfall": that day
        if calendar.publicationDayWords.contains(tokens[i].word), isPossessive(i + 1) {
            return TimeReading(span: CalendarSpan(.day(today)), end: i + 3, origin: .published)
        }
        if let offset = calendar.dayWords[tokens[i].word] {
            let month = published?.monthNumber(daysAfter: offset)
            return TimeReading(span: month.map { CalendarSpan(.month($0)) }, end: i + 1, origin: .published)
        }
        if tokens[i].isCapitalized, let weekday = calendar.weekdays[tokens[i].word] {
            let month = latestWeekday(weekday, before: false)
            return TimeReading(span: month.map { CalendarSpan(.month($0)) }, end: i + 1, origin: .published)
        }
        return nil
    }

    /// "morning", "afternoon session" after "this" or "the": the day of publication.
    private func dayPart(_ i: Int) -> TimeReading? {
        guard let today = published?.dayNumber, i < tokens.count, calendar.dayParts.contains(tokens[i].word) else { return nil }
        let end = i + 1 < tokens.count && calendar.sessionWords.contains(tokens[i + 1].word) ? i + 2 : i + 1
        return TimeReading(span: CalendarSpan(.day(today)), end: end, origin: .published)
    }

    /// "the year", "last year", "1987" after "the start of" or "the end of".
    private func yearAlone(_ i: Int) -> TimeReading? {
        guard let (reference, end) = yearReference(i, of: false) else { return nil }
        return TimeReading(span: reference.year.map { CalendarSpan(.year($0)) }, end: end, origin: reference.origin)
    }

    // MARK: parts of a year

    /// A part of a year after the year: "1986 fourth quarter", "1986's first half", "1987 nine
    /// months", "last year's fourth quarter". Nil when no part follows.
    private func part(of year: CalendarPoint?, origin: TimeReading.Origin, at i: Int) -> TimeReading? {
        let j = isPossessive(i) ? i + 2 : i
        var span: CalendarSpan?
        var end: Int
        if let (count, afterCount) = count(calendar.firstWords.contains(word(j)) ? j + 1 : j),
            let (unit, afterUnit) = unit(afterCount), case .months(let months) = unit, months < 12
        {
            let length = count * months
            guard (1...12).contains(length) else { return nil }
            end = afterUnit
            if case .year(let y)? = year {
                let start = CalendarPoint.number(year: y, month: 1)
                span = CalendarSpan(months: start, start + length - 1)
            }
        } else if let (index, months, afterPart) = partName(j) {
            // "last year's first quarter ended May 3"
            if let ending = ending(afterPart, months: months) { return ending }
            end = afterPart
            if case .year(let y)? = year { span = partSpan(index, months: months, year: y) }
        } else {
            return nil
        }
        return TimeReading(span: span, end: end, origin: origin)
    }

    /// An ordinal quarter or half: its index (-1 for the last), its length in months and the
    /// token after it. "fourth quarter", "first-half", "4th qtr", "Q1", "H2".
    private func partName(_ i: Int) -> (Int, Int, Int)? {
        guard i < tokens.count else { return nil }
        if i + 1 < tokens.count, tokens[i + 1].isNumber, !tokens[i + 1].spaced, let n = Int(tokens[i + 1].text) {
            if calendar.quarterLetters.contains(tokens[i].word), (1...4).contains(n) { return (n, 3, i + 2) }
            if calendar.halfLetters.contains(tokens[i].word), (1...2).contains(n) { return (n, 6, i + 2) }
        }
        var j = i
        let index: Int
        if let ordinal = calendar.ordinals[tokens[j].word] {
            index = ordinal
            j += 1
        } else if tokens[j].isNumber, tokens[j].text.utf8.count == 1, let n = Int(tokens[j].text), j + 1 < tokens.count,
            !tokens[j + 1].spaced, calendar.ordinalSuffixes.contains(tokens[j + 1].word)
        {
            index = n
            j += 2
        } else {
            return nil
        }
        if j < tokens.count, tokens[j].is("-") { j += 1 }
        if j < tokens.count, calendar.fiscalWords.contains(tokens[j].word) { j += 1 }
        guard j < tokens.count, let months = calendar.partNouns[tokens[j].word], index == -1 || (1...(12 / months)).contains(index)
        else { return nil }
        return (index, months, j + 1)
    }

    private func partSpan(_ index: Int, months: Int, year: Int) -> CalendarSpan {
        let position = index < 0 ? 12 / months : index
        let start = CalendarPoint.number(year: year, month: (position - 1) * months + 1)
        return CalendarSpan(months: start, start + months - 1)
    }

    /// The year a part belongs to: "of 1986", "in fiscal 1987", "1986", "of last year", "of the
    /// year" (the year of publication), "of the current year". `of`: a preposition may come.
    private func yearReference(_ i: Int, of: Bool) -> ((year: Int?, origin: TimeReading.Origin), Int)? {
        var j = i
        if of, j < tokens.count, tokens[j].is("of") || tokens[j].is("in") { j += 1 }
        guard j < tokens.count else { return nil }
        if calendar.fiscalWords.contains(tokens[j].word) { j += 1 }
        if let (first, _, end) = fiscalLabel(j) { return ((first, .written), end) }
        if let year = year(j) { return ((year, .written), j + 1) }
        if let offset = calendar.deicticWords[tokens[j].word], calendar.units[word(j + 1)] == 12 {
            return ((published.map { $0.year + offset }, .published), j + 2)
        }
        if tokens[j].is("the") {
            if calendar.units[word(j + 1)] == 12 { return ((published?.year, .published), j + 2) }
            if let offset = calendar.definiteDeicticWords[word(j + 1)], calendar.units[word(j + 2)] == 12 {
                return ((published.map { $0.year + offset }, .published), j + 3)
            }
        }
        return nil
    }

    // MARK: lengths

    /// A length ending at a date: "[the] [three] months to December", "six months ended
    /// December 31, 1985", "the week to March 4", "the five-week period ended April 8".
    private func endingAt(_ i: Int) -> TimeReading? {
        var j = i
        var number = 1
        if let (n, after) = count(j) {
            number = n
            j = after
            if j < tokens.count, tokens[j].is("-") { j += 1 }
        }
        guard let (unit, afterUnit) = unit(j) else { return nil }
        var k = afterUnit
        if k < tokens.count, words.periodNouns.contains(tokens[k].word), calendar.units[tokens[k].word] == nil { k += 1 }
        let months: Int
        switch unit {
        case .months(let each): months = number * each
        case .days(let each):
            // "the week ended March 2": those days
            if let days = endingOnDay(k, days: number * each) { return days }
            months = 1
        }
        return ending(k, months: months)
    }

    /// "ended March 2", "to March 2, 1987" after a length of `days` up to five weeks: the days up
    /// to that one, so that one week's figure (or one four-week average) is not compared with
    /// the next one's.
    private func endingOnDay(_ i: Int, days: Int) -> TimeReading? {
        guard i < tokens.count, calendar.spanEndWords.contains(tokens[i].word), (1...35).contains(days),
            let date = monthLed(i + 1, cued: true), date.namesDay, case .month(let month)? = date.span?.end
        else { return nil }
        let dayToken = dayOfMonth(i + 1) ? i + 1 : i + 3 <= tokens.count && dayOfMonth(i + 2) ? i + 2 : nil
        guard let dayToken, let day = Int(tokens[dayToken].text) else { return nil }
        let last = PublicationDate.days(year: month / 12, month: month % 12 + 1, day: day)
        guard PublicationDate.civil(fromDays: last) == (month / 12, month % 12 + 1, day) else { return nil }
        return TimeReading(span: CalendarSpan(start: .day(last - days + 1), end: .day(last)), end: date.end, origin: date.origin)
    }

    /// "ended March 30, 1986", "to December" after a length of `months`.
    private func ending(_ i: Int, months: Int) -> TimeReading? {
        guard i < tokens.count, calendar.spanEndWords.contains(tokens[i].word), (1...24).contains(months) else { return nil }
        let dateStart = i + 1 < tokens.count && tokens[i + 1].is("in") ? i + 2 : i + 1  // "ended in February"
        guard let date = monthLed(dateStart, cued: true) else { return nil }
        let span = date.span?.end.map { CalendarSpan(months: $0.lastMonth - months + 1, $0.lastMonth) }
        return TimeReading(span: span, end: date.end, origin: date.origin)
    }

    /// "a year earlier", "two years ago", "six months later": counted from the period named
    /// before in the sentence, "ago" from the publication date.
    private func lengthShift(_ i: Int) -> TimeReading? {
        guard let (count, afterCount) = count(i), let (unit, afterUnit) = unit(afterCount), afterUnit < tokens.count,
            let direction = calendar.shiftWords[tokens[afterUnit].word]
        else { return nil }
        let end = afterUnit + 1
        if tokens[afterUnit].is("before"), !endsClause(end) { return nil }  // "a year before the war"
        // "41 cts a share in 1988 compared with 36 cts a year ago": the sentence's period that
        // long before; with none, "8.95 mln a year ago" is a point, the month that long before
        // publication, not the whole year before (which "last year" is)
        if tokens[afterUnit].is("ago") {
            guard case .months(let months) = unit else { return counted(fromPublication: -count, unit, end: end) }
            if let shifted = anchor?.shifted(months: -count * months) { return TimeReading(span: shifted, end: end, origin: .published) }
            let month = published?.monthNumber.map { $0 - count * months }
            return TimeReading(span: month.map { CalendarSpan(.month($0)) }, end: end, origin: .published)
        }
        return fromAnchor(direction * count, unit, end: end)
    }

    // MARK: counting

    /// `offset` units from the publication date: "last year", "next quarter", "this week",
    /// "two weeks ago".
    private func counted(fromPublication offset: Int, _ unit: Unit, end: Int) -> TimeReading {
        var span: CalendarSpan?
        if let published {
            switch unit {
            case .months(12):
                span = CalendarSpan(.year(published.year + offset))
            case .months(let months):
                span = published.monthNumber.map { now in
                    let start = now - now % 12 % months + offset * months
                    return CalendarSpan(months: start, start + months - 1)
                }
            case .days(let days):
                span = published.monthNumber(daysAfter: offset * days).map { CalendarSpan(.month($0)) }
            }
        }
        return TimeReading(span: span, end: end, origin: .published)
    }

    /// The sentence's first period moved by `offset` units; unknown for weeks and days, and
    /// without a period before.
    private func fromAnchor(_ offset: Int, _ unit: Unit, end: Int) -> TimeReading {
        var span: CalendarSpan?
        if case .months(let months) = unit { span = anchor?.shifted(months: offset * months) }
        return TimeReading(span: span, end: end, origin: .anchor)
    }

    /// The latest month `month` (1–12) that does not start after the month of publication.
    private func latest(monthOfYear month: Int) -> Int? {
        guard let published, let now = published.monthNumber else { return nil }
        let candidate = CalendarPoint.number(year: published.year, month: month)
        return candidate <= now ? candidate : candidate - 12
    }

    /// The month of the latest `weekday` on (or, `before`, strictly before) the day of publication.
    private func latestWeekday(_ weekday: Int, before: Bool) -> Int? {
        guard let today = published?.dayNumber else { return nil }
        let reference = today - (before ? 1 : 0)
        let back = ((ArticleDate.weekday(ofDay: reference) - weekday) % 7 + 7) % 7
        return ArticleDate.monthNumber(ofDay: reference - back)
    }

    /// The month of the first `weekday` after the day of publication.
    private func nextWeekday(_ weekday: Int) -> Int? {
        guard let today = published?.dayNumber else { return nil }
        let ahead = ((weekday - ArticleDate.weekday(ofDay: today)) % 7 + 7) % 7
        return ArticleDate.monthNumber(ofDay: today + (ahead == 0 ? 7 : ahead))
    }

    // MARK: words

    /// The vocabulary word at `i`; ``Word/unknown`` past the end.
    private func word(_ i: Int) -> Word { i < tokens.count ? tokens[i].word : .unknown }

    /// A unit of time at `i` and the token after it.
    private func unit(_ i: Int) -> (Unit, Int)? {
        guard i < tokens.count else { return nil }
        if let months = calendar.units[tokens[i].word] { return (.months(months), i + 1) }
        if let days = calendar.dayUnits[tokens[i].word] { return (.days(days), i + 1) }
        return nil
    }

    /// A unit after an optional "fiscal": "fiscal year", "financial year".
    private func unit(skippingFiscal i: Int) -> (Unit, Int)? {
        if i < tokens.count, calendar.fiscalWords.contains(tokens[i].word) { return unit(i + 1) }
        return unit(i)
    }

    /// A small count: "a", "two", "8", "nine".
    private func count(_ i: Int) -> (Int, Int)? {
        guard i < tokens.count else { return nil }
        if calendar.indefiniteArticles.contains(tokens[i].word) { return (1, i + 1) }
        if tokens[i].isNumber, tokens[i].text.utf8.count <= 2, let n = Int(tokens[i].text) { return (n, i + 1) }
        if let n = words.writtenNumbers[tokens[i].word], n >= 1, n <= 99, n == n.rounded() { return (Int(n), i + 1) }
        return nil
    }

    /// "27" in "between Feb 10 and 27": a day of the month `first` named.
    func sameMonth(as first: TimeReading, dayAt i: Int) -> TimeReading? {
        guard first.namesDay, dayOfMonth(i), month(i + 1) == nil else { return nil }
        return TimeReading(span: first.span, end: i + 1, origin: first.origin, namesDay: true)
    }

    /// A day of a month at `i`: a number of one or two digits, 1–31.
    private func dayOfMonth(_ i: Int) -> Bool {
        guard i < tokens.count, tokens[i].isNumber, tokens[i].text.utf8.count <= 2, let day = Int(tokens[i].text) else { return false }
        return (1...31).contains(day)
    }

    /// A capitalized month name at `i` (with its abbreviation's period): its number and the
    /// token after it.
    private func month(_ i: Int) -> (Int, Int)? {
        guard i < tokens.count, tokens[i].isCapitalized, let month = words.months[tokens[i].word] else { return nil }
        if i + 1 < tokens.count, tokens[i + 1].is("."), !tokens[i + 1].spaced { return (month, i + 2) }
        return (month, i + 1)
    }

    /// "the end of", "the close of", and before a month or a year "end May", "end-1986": the
    /// token after them.
    private func endOf(_ i: Int) -> Int? {
        let j = i < tokens.count && tokens[i].is("the") ? i + 1 : i
        guard j + 1 < tokens.count, calendar.endWords.contains(tokens[j].word) else { return nil }
        if tokens[j + 1].is("of") { return j + 2 }
        guard calendar.shortEndWords.contains(tokens[j].word) else { return nil }
        let next = tokens[j + 1].is("-") ? j + 2 : j + 1
        return month(next) != nil || year(next) != nil ? next : nil
    }

    /// "year-end", "year end": the last month of the year of publication.
    private func yearEnd(_ i: Int) -> TimeReading? {
        guard calendar.units[word(i)] == 12 else { return nil }
        let j = i + 1 < tokens.count && tokens[i + 1].is("-") ? i + 2 : i + 1
        guard calendar.endWords.contains(word(j)) else { return nil }
        return TimeReading(span: published.map { CalendarSpan(.year($0.year)) }, end: j + 1, origin: .published)
    }

    /// "early", "mid-", "the start of": the token after them.
    private func approximation(_ i: Int) -> Int? {
        var j = i < tokens.count && tokens[i].is("the") ? i + 1 : i
        guard j < tokens.count, calendar.approximateWords.contains(tokens[j].word) else { return nil }
        j += 1
        if j < tokens.count, tokens[j].is("of") || tokens[j].is("-") { j += 1 }
        return j
    }

    /// "'s" at `i`.
    func isPossessive(_ i: Int) -> Bool {
        i + 1 < tokens.count && (tokens[i].is("'") || tokens[i].text == "\u{2019}") && tokens[i + 1].is("s")
    }

    /// Whether a clause or the sentence ends at `i`: "a year before." but not "a year before the war".
    private func endsClause(_ i: Int) -> Bool {
        i >= tokens.count || !tokens[i].isWord || tokens[i].is("and") || tokens[i].is("but")
    }

    /// A four-digit year at token `i`, 1800–2199, not followed by a unit-like glue ("1990s").
    func year(_ i: Int) -> Int? {
        guard i < tokens.count, tokens[i].isNumber, tokens[i].text.utf8.count == 4,
            let value = Int(tokens[i].text), (1800...2199).contains(value)
        else { return nil }
        if i + 1 < tokens.count, !tokens[i + 1].spaced, tokens[i + 1].isWord { return nil }
        return value
    }

    /// "1987/88", "2012-13", "1987-1988": a fiscal or season label, its years and the token
    /// after it.
    func fiscalLabel(_ i: Int) -> (Int, Int, Int)? {
        guard let first = year(i), i + 2 < tokens.count,
            tokens[i + 1].is("/") || tokens[i + 1].is("-"), !tokens[i + 1].spaced,
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

