/// Finds the pairs of `figure_comparisons` among ``ComparableFigures`` without trying every two
/// figures of a group: figures are sorted by group, then those without any period by published
/// day (they pair only within a day) and those with a period by where it starts; a figure is
/// then tried only against the figures that start before its period ends.
struct FigurePairing {
    private let figures: [ComparableFigure]
    private let groupRanks: [Int32]
    private let tolerance: Double
    private let sweep: [SweepEntry]

    /// A figure's place in the sweep, with what the period test reads, side by side in memory.
    private struct SweepEntry {
        /// Group in the high 32 bits; then 0 for figures without a period, which the low bits
        /// sort by day, and 1 << 31 for figures with one, sorted by the rank of where it starts.
        var key: UInt64
        var index: Int32
        /// Last start rank this figure's period reaches (`coalesce(period_end, '9999') || 'z'`).
        var upTo: Int32
        /// A span of several periods (`period_start < period_end`), which only touching spans end.
        var isSpan: Bool

        var startRank: Int32 { Int32(truncatingIfNeeded: key & 0x7FFF_FFFF) }
        var run: UInt64 { key >> 31 }
    }

    init(_ comparable: ComparableFigures, tolerance: Double) {
        figures = comparable.figures
        groupRanks = comparable.groups.map(\.rank)
        self.tolerance = tolerance
        let periods = comparable.periods
        var entries: [SweepEntry] = []
        entries.reserveCapacity(figures.count)
        for (index, figure) in figures.enumerated() {
            let group = UInt64(UInt32(bitPattern: figure.group)) << 32
            if figure.hasPeriod {
                let start = figure.periodStart >= 0 ? figure.periodStart : PeriodOrder.earliest
                let end = figure.periodEnd >= 0 ? figure.periodEnd : PeriodOrder.latest
                let isSpan = figure.periodStart >= 0 && figure.periodEnd >= 0
                    && periods.rank[Int(figure.periodStart)] < periods.rank[Int(figure.periodEnd)]
                entries.append(SweepEntry(key: group | 1 << 31 | UInt64(periods.rank[Int(start)]), index: Int32(index),
                                          upTo: periods.upTo[Int(end)], isSpan: isSpan))
            } else if figure.day >= 0 {
                // `substr(published, 1, 10) = ...` is never true of a NULL day
                entries.append(SweepEntry(key: group | UInt64(UInt32(bitPattern: figure.day)), index: Int32(index), upTo: 0, isSpan: false))
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
        var runStart = 0
        while runStart < sweep.count {
            var runEnd = runStart + 1
            while runEnd < sweep.count && sweep[runEnd].run == sweep[runStart].run { runEnd += 1 }
            if sweep[runStart].key & (1 << 31) == 0 {
                try pairSameDay(runStart ..< runEnd, sameSentence: sameSentence, found)
            } else {
                try pairOverlapping(runStart ..< runEnd, sameSentence: sameSentence, found)
            }
            runStart = runEnd
        }
    }

    /// Figures of one group without a period: those of the same published day pair.
    private func pairSameDay(_ run: Range<Int>, sameSentence: (Int64, Int64) throws -> Bool,
                             _ found: (FigurePair) throws -> Void) rethrows {
        var dayStart = run.lowerBound
        while dayStart < run.upperBound {
            var dayEnd = dayStart + 1
            while dayEnd < run.upperBound && sweep[dayEnd].key == sweep[dayStart].key { dayEnd += 1 }
            for first in dayStart ..< dayEnd {
                for second in first + 1 ..< dayEnd {
                    try pair(sweep[first].index, sweep[second].index, sameSentence: sameSentence, found)
                }
            }
            dayStart = dayEnd
        }
    }

    /// Figures of one group with a period, sorted by where it starts: each is tried against the
    /// figures after it that start no later than its end, and those must reach back to its start.
    private func pairOverlapping(_ run: Range<Int>, sameSentence: (Int64, Int64) throws -> Bool,
                                 _ found: (FigurePair) throws -> Void) rethrows {
        for first in run {
            let earlier = sweep[first]
            var second = first + 1
            while second < run.upperBound && sweep[second].startRank <= earlier.upTo {
                let later = sweep[second]
                second += 1
                guard earlier.startRank <= later.upTo, !touch(earlier, later) else { continue }
                try pair(earlier.index, later.index, sameSentence: sameSentence, found)
            }
        }
    }

    /// Two spans of several periods where one ends where the other starts (1985/86 and 1986/87).
    private func touch(_ first: SweepEntry, _ second: SweepEntry) -> Bool {
        guard first.isSpan && second.isSpan else { return false }
        let one = figures[Int(first.index)], other = figures[Int(second.index)]
        return one.periodEnd == other.periodStart || other.periodEnd == one.periodStart
    }

    /// The pair of two figures whose periods are comparable, unless they come from one article
    /// or say it in the same words.
    private func pair(_ first: Int32, _ second: Int32, sameSentence: (Int64, Int64) throws -> Bool,
                      _ found: (FigurePair) throws -> Void) rethrows {
        let one = figures[Int(first)], other = figures[Int(second)]
        guard one.articleID != other.articleID else { return }
        if one.sentenceHash == other.sentenceHash, try sameSentence(one.claimID, other.claimID) { return }
        let (a, b) = one.figureID < other.figureID ? (first, second) : (second, first)
        let intervalA = ComparedInterval(figures[Int(a)], tolerance: tolerance)
        let intervalB = ComparedInterval(figures[Int(b)], tolerance: tolerance)
        try found(FigurePair(
            a: a, b: b, meets: ComparedInterval.meet(intervalA, intervalB), gap: ComparedInterval.gap(intervalA, intervalB),
            groupRank: groupRanks[Int(one.group)], figureA: figures[Int(a)].figureID, figureB: figures[Int(b)].figureID))
    }
}
