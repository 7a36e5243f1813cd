/// The periods an article has named so far, for "in the quarter" or "the month" in a later
/// sentence: a reader takes them for the first quarter, half or month the article named.
///
/// Not the year: "for the year" is as often the year of publication as the year reported.
struct ArticlePeriods: Sendable, Equatable {
    /// Length in months (1, 3 or 6) -> the first span of that length.
    private var firsts: [Int: CalendarSpan] = [:]

    /// Keeps `span` if it is the first of its length.
    mutating func note(_ span: CalendarSpan) {
        guard let months = Self.length(span), firsts[months] == nil else { return }
        firsts[months] = span
    }

    /// The first span of `months` months named.
    func first(months: Int) -> CalendarSpan? { firsts[months] }

    /// The months a span of whole months covers when it is a month, a quarter or a half.
    static func length(_ span: CalendarSpan) -> Int? {
        guard case .month(let first)? = span.start, case .month(let last)? = span.end else { return nil }
        switch last - first + 1 {
        case 1: return 1
        case 3: return 3
        case 6: return 6
        default: return nil
        }
    }
}
