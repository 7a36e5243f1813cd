/// The interval a figure is compared by, as `figure_intervals` computes it with the tolerance
/// as a parameter, and the two tests of `figure_pairs` (`meets` and `gap`), done in the same
/// double arithmetic and the same order as SQLite, so that every bit agrees. NaN is NULL.
struct ComparedInterval {
    var value: Double
    var low: Double
    var high: Double
    /// `NOT low_open` is true: the qualifier is known and not `more_than`.
    var lowClosed: Bool
    /// `NOT high_open` is true: the qualifier is known and not `less_than`.
    var highClosed: Bool

    init(_ figure: ComparableFigure, tolerance: Double) {
        value = figure.value
        if figure.qualifier == .approximately {
            // value -/+ max(precision, abs(value) * ?): a NaN from inf * 0 is SQLite's NULL, and
            // its max is NULL when an argument is and keeps the first of equal ones
            let share = abs(figure.value) * tolerance
            var margin = figure.precision
            if share.isNaN { margin = .nan } else if share > margin { margin = share }
            low = figure.value - margin
            high = figure.value + margin
        } else {
            low = figure.low
            high = figure.high
        }
        lowClosed = figure.qualifier != .moreThan && figure.qualifier != .missing
        highClosed = figure.qualifier != .lessThan && figure.qualifier != .missing
    }

    /// `meets`: each interval's low is below the other's high, or equal with both bounds closed.
    static func meet(_ a: ComparedInterval, _ b: ComparedInterval) -> Bool {
        below(a, b) && below(b, a)
    }

    private static func below(_ a: ComparedInterval, _ b: ComparedInterval) -> Bool {
        a.low.isNaN || b.high.isNaN || a.low < b.high || (a.low == b.high && a.lowClosed && b.highClosed)
    }

    /// `max(0, coalesce(a.low - b.high, 0), coalesce(b.low - a.high, 0)) / max(abs(a.value), abs(b.value), 1e-9)`.
    /// SQLite's max keeps the first of equal arguments and is NULL when any argument is.
    static func gap(_ a: ComparedInterval, _ b: ComparedInterval) -> Double {
        var apart = 0.0
        let above = a.low - b.high
        if above > apart { apart = above }
        let beneath = b.low - a.high
        if beneath > apart { apart = beneath }
        if a.value.isNaN || b.value.isNaN { return .nan }
        var scale = abs(a.value)
        if abs(b.value) > scale { scale = abs(b.value) }
        if 1e-9 > scale { scale = 1e-9 }
        return apart / scale
    }
}
