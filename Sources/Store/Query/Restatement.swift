/// How two figures of one source whose intervals do not meet stand to each other's claims.
/// A source that states the other figure's value beside its own is revising itself ("11.50
/// mln tonnes, vs 9.80 mln tonnes last month"), and so are two claims that state a third value
/// in common (a shortage put at 750 from 700, then at 800 from 750: 700 and 800 are one
/// estimate revised twice). Two claims that each state both values are two copies of one
/// comparison ("to 2.4 mln tonnes from three mln" sent twice in other words): setting one
/// copy's new value against the other's old one compares nothing, and the pair is dropped.
enum Restatement {
    case none, revision, copy

    /// `figures` are in id order with each claim's figures together, as ``ComparableFigures``
    /// reads them; `a` and `b` index it.
    static func of(_ a: Int, _ b: Int, in figures: [ComparableFigure]) -> Restatement {
        let firstInSecond = claimStates(figures, of: b, figures[a].value), secondInFirst = claimStates(figures, of: a, figures[b].value)
        if firstInSecond && secondInFirst { return .copy }
        if firstInSecond || secondInFirst || anyOther(figures, of: a, where: { claimStates(figures, of: b, $0.value) }) { return .revision }
        return .none
    }

    /// For each figure, whether its claim has another figure of its group: the only figures
    /// ``of(_:_:in:)`` can find a restatement for, a pair of two others being `none`. Read once
    /// before the sweep, which asks about millions of pairs of figures that have none.
    static func claimMates(_ figures: [ComparableFigure]) -> [Bool] {
        var mates = [Bool](repeating: false, count: figures.count)
        var start = 0
        while start < figures.count {
            var end = start + 1
            while end < figures.count && figures[end].claimID == figures[start].claimID { end += 1 }
            if end - start > 1 {
                for i in start ..< end {
                    mates[i] = (start ..< end).contains { $0 != i && figures[$0].figureID != figures[i].figureID && figures[$0].group == figures[i].group }
                }
            }
            start = end
        }
        return mates
    }

    /// Whether the claim of the figure at `index` states `value` as another figure of its
    /// group (source, metric key, unit, place and kind).
    private static func claimStates(_ figures: [ComparableFigure], of index: Int, _ value: Double) -> Bool {
        anyOther(figures, of: index) { $0.value == value }
    }

    /// Whether another figure of the claim of the figure at `index`, in its group, is `wanted`.
    private static func anyOther(_ figures: [ComparableFigure], of index: Int, where wanted: (ComparableFigure) -> Bool) -> Bool {
        let figure = figures[index]
        func matches(_ k: Int) -> Bool { figures[k].figureID != figure.figureID && figures[k].group == figure.group && wanted(figures[k]) }
        var k = index - 1
        while k >= 0 && figures[k].claimID == figure.claimID {
            if matches(k) { return true }
            k -= 1
        }
        k = index + 1
        while k < figures.count && figures[k].claimID == figure.claimID {
            if matches(k) { return true }
            k += 1
        }
        return false
    }
}
