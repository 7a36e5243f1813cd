import Foundation

/// The interval a figure's qualifier and written precision imply, as the brief defines it:
/// exact numbers span half a step of their last written digit ("23 billion" is 22.5 to 23.5
/// billion), approximate ones a tolerance either side, bounds are open on one side.
enum FigureInterval {
    /// Share of the value an "approximately" figure may be off by either way.
    static let defaultTolerance = 0.05

    static func bounds(value: Double, halfStep: Double, qualifier: Figure.Qualifier,
                       tolerance: Double = defaultTolerance) -> (low: Double?, high: Double?) {
        switch qualifier {
        case .exact: return (rounded(value - halfStep), rounded(value + halfStep))
        case .approximately:
            let margin = abs(value) * tolerance
            return (rounded(value - margin), rounded(value + margin))
        case .moreThan, .atLeast: return (value, nil)
        case .lessThan, .atMost: return (nil, value)
        case .range: return (value, value)
        }
    }

    /// Rounded to 12 significant digits, so that 3.2 * 0.95 is 3.04 and not 3.0399999999999996.
    static func rounded(_ x: Double) -> Double {
        guard x != 0, x.isFinite else { return x }
        let magnitude = Foundation.floor(Foundation.log10(abs(x)))
        let factor = Foundation.pow(10, 11 - magnitude)
        return (x * factor).rounded() / factor
    }
}
