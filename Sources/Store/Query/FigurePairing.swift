/// Finds the pairs of `figure_comparisons` (or, across sources, of
/// `figure_comparisons_across_sources`) among ``ComparableFigures`` without trying every two
/// figures of a group. The figures of each group are split by how their period is stated, as
/// `figure_pairs` compares them, and sorted: those without a period by published day, a
/// figure then tried against those published up to `window` days later; the others by where
/// their period starts (by where it ends, for those with only an end), pairing when the
/// period is the same.
struct FigurePairing {
    /// What pairs, besides the periods.
    struct Rules {
        /// Share of the value an approximate figure may be off by, at least.
        var tolerance: Double
        /// Days apart two articles may be published for figures without a period to pair.
        var window: Int
        /// Pairs of two sources instead of pairs of one.
        var acrossSources: Bool
        /// Across sources: only pairs with this source on one side (an index in
        /// ``ComparableFigures/sources``; -1 when the source has no figures at all).
        var source: Int32?
    }

    private let figures: [ComparableFigure]
    private let groupRanks: [Int32]
    private let sourceRanks: [Int32]
    private let rules: Rules
    private let sweep: [SweepEntry]
    /// ``Restatement/claimMates(_:)``, empty across sources (where no pair is a restatement).
    private let claimMates: [Bool]

    /// How a figure's period is stated, which decides what it may pair with.
    private enum Stated: UInt64 {
        /// No period: by published day.
        case neither = 0
        /// "since 2022": by start, only equal ones.
        case startOnly = 1
        /// By end, only equal ones.
        case endOnly = 2
        /// By start, only the same period.
        case both = 3
    }

    /// A figure's place in the sweep.
    private struct SweepEntry {
        /// Group in the high 32 bits, how the period is stated in the next two, and in the low
        /// 30 the day, or the rank of the start (of the end, for `endOnly`).
        var key: UInt64
        var index: Int32

        var position: Int32 { Int32(truncatingIfNeeded: key & 0x3FFF_FFFF) }
        var run: UInt64 { key >> 30 }
        var stated: Stated { Stated(rawValue: run & 3) ?? .neither }
    }

    init(_ comparable: ComparableFigures, rules: Rules) {
        figures = comparable.figures
        groupRanks = comparable.groups.map(\.rank)
        sourceRanks = comparable.sourceRanks
        self.rules = rules
        claimMates = rules.acrossSources ? [] : Restatement.claimMates(comparable.figures)
        let periods = comparable.periods
        var entries: [SweepEntry] = []
        entries.reserveCapacity(figures.count)
        for (index, figure) in figures.enumerated() {
            let group = UInt64(UInt32(bitPattern: figure.group)) << 32
            func entry(_ stated: Stated, _ position: Int32) -> SweepEntry {
                SweepEntry(key: group | stated.rawValue << 30 | UInt64(UInt32(bitPattern: position)), index: Int32(index))
            }
            switch (figure.periodStart >= 0, figure.periodEnd >= 0) {
            case (false, false):
                // `abs(a.published_day - b.published_day) <= ?` is never true of a NULL day
                if figure.day >= 0 { entries.append(entry(.neither, figure.day)) }
            case (true, false): entries.append(entry(.startOnly, periods.rank[Int(figure.periodStart)]))
            case (false, true): entries.append(entry(.endOnly, periods.rank[Int(figure.periodEnd)]))
            case (true, true): entries.append(entry(.both, periods.rank[Int(figure.periodStart)]))
            }
        }
        // by group first, counting (groups are small and many), then each group by its key
        var starts = [Int](repeating: 0, count: comparable.groups.count + 1)
        for entry in entries { starts[Int(entry.key >> 32) + 1] += 1 }
        for group in comparable.groups.indices { starts[group + 1] += starts[group] }
        var next = starts
        var sweep = entries
        for entry in entries {
            let group = Int(entry.key >> 32)
            sweep[next[group]] = entry
            next[group] += 1
        }
        for group in comparable.groups.indices { sweep[starts[group] ..< starts[group + 1]].sort { $0.key < $1.key } }
        self.sweep = sweep
    }

    /// Calls `found` with every comparable pair, in no particular order. `sameSentence` is asked
    /// about two claims whose texts hash alike, whether the texts are equal.
    func forEachPair(sameSentence: (Int64, Int64) throws -> Bool, _ found: (FigurePair) throws -> Void) rethrows {
        if rules.acrossSources && rules.source == -1 { return }
        var runStart = 0
        while runStart < sweep.count {
            var runEnd = runStart + 1
            while runEnd < sweep.count && sweep[runEnd].run == sweep[runStart].run { runEnd += 1 }
            switch sweep[runStart].stated {
            case .neither: try pairWithinWindow(runStart ..< runEnd, sameSentence: sameSentence, found)
            case .startOnly, .endOnly, .both: try pairEqual(runStart ..< runEnd, sameSentence: sameSentence, found)
            }
            runStart = runEnd
        }
    }

    /// Figures of one group without a period, sorted by published day: those published at most
    /// `window` days apart pair.
    private func pairWithinWindow(_ run: Range<Int>, sameSentence: (Int64, Int64) throws -> Bool,
                                  _ found: (FigurePair) throws -> Void) rethrows {
        let window = Int64(min(rules.window, Int(Int32.max)))
        for first in run {
            let last = Int64(sweep[first].position) + window
            var second = first + 1
            while second < run.upperBound && Int64(sweep[second].position) <= last {
                // a recurring release: the same words but for the numbers on another day
                let one = figures[Int(sweep[first].index)], other = figures[Int(sweep[second].index)]
                if one.day == other.day || one.templateHash != other.templateHash {
                    try pair(sweep[first].index, sweep[second].index, sameSentence: sameSentence, found)
                }
                second += 1
            }
        }
    }

    /// Figures of one group with the same period: sorted by its start (its end, when it has
    /// none), the figures of a block of one start pair where their ends are the same too.
    private func pairEqual(_ run: Range<Int>, sameSentence: (Int64, Int64) throws -> Bool,
                           _ found: (FigurePair) throws -> Void) rethrows {
        var blockStart = run.lowerBound
        while blockStart < run.upperBound {
            var blockEnd = blockStart + 1
            while blockEnd < run.upperBound && sweep[blockEnd].key == sweep[blockStart].key { blockEnd += 1 }
            for first in blockStart ..< blockEnd {
                let one = figures[Int(sweep[first].index)]
                for second in first + 1 ..< blockEnd where figures[Int(sweep[second].index)].periodEnd == one.periodEnd
                    && figures[Int(sweep[second].index)].periodStart == one.periodStart
                {
                    try pair(sweep[first].index, sweep[second].index, sameSentence: sameSentence, found)
                }
            }
            blockStart = blockEnd
        }
    }

    /// The pair of two figures whose periods are comparable: of one source, from two articles;
    /// across sources, of two sources and two claims. Never two that say it in the same words.
    private func pair(_ first: Int32, _ second: Int32, sameSentence: (Int64, Int64) throws -> Bool,
                      _ found: (FigurePair) throws -> Void) rethrows {
        let one = figures[Int(first)], other = figures[Int(second)]
        // two named holders, or two specifiers, that differ: two quantities (NULL matches any)
        if one.holder >= 0 && other.holder >= 0 && one.holder != other.holder { return }
        if one.specifier >= 0 && other.specifier >= 0 && one.specifier != other.specifier { return }
        // a week's or a part of a day's figure is not the whole period's
        if one.grain != other.grain { return }
        // "16.5 mln bpd" and a copy's "16.5 bpd": a scale word dropped, not a second reading
        if Self.isScaleSlip(one.value, other.value) { return }
        let a: Int32, b: Int32
        if rules.acrossSources {
            guard one.source != other.source, one.claimID != other.claimID else { return }
            if let source = rules.source, one.source != source && other.source != source { return }
            (a, b) = sourceRanks[Int(one.source)] < sourceRanks[Int(other.source)] ? (first, second) : (second, first)
        } else {
            guard one.articleID != other.articleID else { return }
            (a, b) = one.figureID < other.figureID ? (first, second) : (second, first)
        }
        if one.sentenceHash == other.sentenceHash, try sameSentence(one.claimID, other.claimID) { return }
        let figureA = figures[Int(a)], figureB = figures[Int(b)]
        let intervalA = ComparedInterval(figureA, tolerance: rules.tolerance)
        let intervalB = ComparedInterval(figureB, tolerance: rules.tolerance)
        let meets = ComparedInterval.meet(intervalA, intervalB)
        // of one source, two that do not meet may be a revision, or two copies of one comparison
        let restatement = meets || rules.acrossSources || !(claimMates[Int(a)] || claimMates[Int(b)])
            ? .none : Restatement.of(Int(a), Int(b), in: figures)
        if restatement == .copy { return }
        let sources = rules.acrossSources
            ? UInt64(UInt32(bitPattern: sourceRanks[Int(figureA.source)])) << 32 | UInt64(UInt32(bitPattern: sourceRanks[Int(figureB.source)]))
            : 0
        try found(FigurePair(
            a: a, b: b, meets: meets, isRevision: restatement == .revision, gap: ComparedInterval.gap(intervalA, intervalB),
            groupRank: groupRanks[Int(one.group)], sourceRanks: sources, figureA: figureA.figureID, figureB: figureB.figureID))
    }

    /// Whether one value is a thousand, a million or a billion times the other, within a
    /// billionth: a scale word ("mln") one copy of a story dropped. Written as the view
    /// `figure_pairs` computes it (Migrations/0014_scale_slips.sql).
    static func isScaleSlip(_ a: Double, _ b: Double) -> Bool {
        guard a != 0, b != 0, abs(a) < 1e300, abs(b) < 1e300 else { return false }
        return [1e3, 1e6, 1e9].contains { factor in
            abs(a * factor - b) <= 1e-9 * abs(b) || abs(b * factor - a) <= 1e-9 * abs(a)
        }
    }
}
