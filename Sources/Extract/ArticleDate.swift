import ClaimsNormalize

/// The day an article was published, as far as its date says, so that "last month", "in
/// January" and "on Monday" can be read as months of the calendar.
///
/// Read from ``Document/published`` (ISO 8601: "1987-03-03", "1987-03-03T14:32:10Z"); a
/// date of only a year or a month leaves the finer words unresolved.
struct ArticleDate: Sendable, Equatable {
    let year: Int
    let month: Int?
    let day: Int?

    init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// "1987", "1987-03", "1987-03-03" and anything after the day; nil for other text.
    init?(iso: String) {
        let bytes = Array(iso.utf8.prefix(10))
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for b in bytes[range] {
                guard b >= 48, b <= 57 else { return nil }
                value = value * 10 + Int(b - 48)
            }
            return value
        }
        guard let year = digits(0..<4) else { return nil }
        var month: Int?
        var day: Int?
        if bytes.count >= 7, bytes[4] == 45, let m = digits(5..<7), (1...12).contains(m) {
            month = m
            if bytes.count >= 10, bytes[7] == 45, let d = digits(8..<10), d >= 1,
                PublicationDate.civil(fromDays: PublicationDate.days(year: year, month: m, day: d)) == (year, m, d)
            {
                day = d
            }
        }
        self.init(year: year, month: month, day: day)
    }

    /// The month of publication as a ``CalendarPoint`` month number; nil without a month.
    var monthNumber: Int? { month.map { CalendarPoint.number(year: year, month: $0) } }

    /// Days since 1970-01-01 of the day of publication; nil without a day.
    var dayNumber: Int? {
        guard let month, let day else { return nil }
        return PublicationDate.days(year: year, month: month, day: day)
    }

    /// The month of the day `offset` days after publication (before it when negative).
    func monthNumber(daysAfter offset: Int) -> Int? {
        dayNumber.map { Self.monthNumber(ofDay: $0 + offset) }
    }

    /// The month number of a count of days since 1970-01-01.
    static func monthNumber(ofDay day: Int) -> Int {
        let (year, month, _) = PublicationDate.civil(fromDays: day)
        return CalendarPoint.number(year: year, month: month)
    }

    /// Sunday 0 ... Saturday 6 of a count of days since 1970-01-01 (a Thursday).
    static func weekday(ofDay day: Int) -> Int { ((day + 4) % 7 + 7) % 7 }
}
