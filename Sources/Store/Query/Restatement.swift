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
        let first = figures[a], second = figures[b]
        let firstInSecond = claimStates(figures, of: b, first.value), secondInFirst = claimStates(figures, of: a, second.value)
        if firstInSecond && secondInFirst { return .copy }
        if firstInSecond || secondInFirst { return .revision }
        var found = false
        forEachOther(figures, of: a) { other in
            if !found, claimStates(figures, of: b, other.value) { found = true }
        }
        return found ? .revision : .none
    }

    /// Whether the claim of the figure at `index` states `value` as another figure of its
    /// group (source, metric key, unit, place and kind).
    private static func claimStates(_ figures: [ComparableFigure], of index: Int, _ value: Double) -> Bool {
        var found = false
        forEachOther(figures, of: index) { other in
            if other.value == value { found = true }
        }
        return found
    }

    /// The other figures of the claim of the figure at `index` in its group.
    private static func forEachOther(_ figures: [ComparableFigure], of index: Int, _ body: (ComparableFigure) -> Void) {
        let figure = figures[index]
        var k = index - 1
        while k >= 0 && figures[k].claimID == figure.claimID {
            if figures[k].figureID != figure.figureID && figures[k].group == figure.group { body(figures[k]) }
            k -= 1
        }
        k = index + 1
        while k < figures.count && figures[k].claimID == figure.claimID {
            if figures[k].figureID != figure.figureID && figures[k].group == figure.group { body(figures[k]) }
            k += 1
        }
    }
}
