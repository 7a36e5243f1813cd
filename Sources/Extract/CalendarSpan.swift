import ClaimsNormalize

/// One end of a period: a whole year, one month or one day, labelled as the schema stores
/// periods ("1987", "1987-03", "1987-03-03").
enum CalendarPoint: Sendable, Equatable {
    case year(Int)
    /// A month as `year * 12 + month - 1`, so that months add and subtract across years.
    case month(Int)
    /// A day as days since 1970-01-01: "this morning", "in the afternoon session", "today's
    /// shortfall", so that one day's money-market figures are not compared with another day's.
    case day(Int)

    static func number(year: Int, month: Int) -> Int { year * 12 + month - 1 }

    var label: String {
        switch self {
        case .year(let year):
            return String(year)
        case .month(let number):
            let month = number % 12 + 1
            return String(number / 12) + (month < 10 ? "-0" : "-") + String(month)
        case .day(let days):
            let (year, month, day) = PublicationDate.civil(fromDays: days)
            return String(year) + (month < 10 ? "-0" : "-") + String(month) + (day < 10 ? "-0" : "-") + String(day)
        }
    }

    var firstMonth: Int {
        switch self {
        case .year(let year): return year * 12
        case .month(let number): return number
        case .day(let days): return ArticleDate.monthNumber(ofDay: days)
        }
    }

    var lastMonth: Int {
        switch self {
        case .year(let year): return year * 12 + 11
        case .month(let number): return number
        case .day(let days): return ArticleDate.monthNumber(ofDay: days)
        }
    }

    /// Moved by a number of months; a year moves only by whole years.
    func shifted(months: Int) -> CalendarPoint? {
        switch self {
        case .year(let year): return months % 12 == 0 ? .year(year + months / 12) : nil
        case .month(let number): return .month(number + months)
        case .day: return nil
        }
    }
}

/// The time a figure is for: where it starts and ends, an open end nil ("since 2022").
struct CalendarSpan: Sendable, Equatable {
    var start: CalendarPoint?
    var end: CalendarPoint?

    init(start: CalendarPoint?, end: CalendarPoint?) {
        self.start = start
        self.end = end
    }

    /// One year or one month.
    init(_ point: CalendarPoint) {
        self.init(start: point, end: point)
    }

    /// The same span written as the schema compares it: January to December of one year is
    /// that year ("January to December 1986" is 1986), so that it pairs with "in 1986".
    var canonical: CalendarSpan {
        if case .month(let first)? = start, case .month(let last)? = end, first >= 0, first % 12 == 0, last == first + 11 {
            return CalendarSpan(.year(first / 12))
        }
        return self
    }

    /// The months from `first` to `last`, inclusive: a quarter, a half, "nine months".
    init(months first: Int, _ last: Int) {
        self.init(start: .month(first), end: .month(last))
    }

    /// Moved by a number of months ("a year earlier"); nil when a whole year would move
    /// by part of one.
    func shifted(months: Int) -> CalendarSpan? {
        let start = self.start.map { $0.shifted(months: months) }
        let end = self.end.map { $0.shifted(months: months) }
        if start == .some(nil) || end == .some(nil) { return nil }
        return CalendarSpan(start: start ?? nil, end: end ?? nil)
    }

    /// Its last month: "the end of 1985" is December 1985.
    var lastMonth: CalendarSpan? {
        end.map { CalendarSpan(.month($0.lastMonth)) }
    }
}
