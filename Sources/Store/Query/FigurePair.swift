/// Two comparable figures, `a` the one with the lower figure id (across sources, the one whose
/// source comes first), with how they compare, ordered
/// as `xref` lists pairs: conflicts first, the widest gap first (NULL last), then by source and
/// metric key (across sources: metric key, then the two sources) and the two figure ids.
struct FigurePair: Comparable {
    /// Indexes in ``ComparableFigures/figures``.
    let a: Int32
    let b: Int32
    let meets: Bool
    /// Of one source, not meeting: a source revising itself (``Restatement``), not a conflict.
    let isRevision: Bool
    /// NaN is NULL.
    let gap: Double
    /// The gap as a number that sorts ascending where the gap sorts descending.
    private let gapOrder: UInt64
    private let groupRank: Int32
    /// Across sources: the ranks of source a and source b, in the high and low half; else 0.
    private let sourceRanks: UInt64
    private let figureA: Int64
    private let figureB: Int64

    init(a: Int32, b: Int32, meets: Bool, isRevision: Bool = false, gap: Double, groupRank: Int32, sourceRanks: UInt64, figureA: Int64, figureB: Int64) {
        self.a = a
        self.b = b
        self.meets = meets
        self.isRevision = isRevision
        self.gap = gap
        self.groupRank = groupRank
        self.sourceRanks = sourceRanks
        self.figureA = figureA
        self.figureB = figureB
        if gap.isNaN {
            gapOrder = .max
        } else {
            // -0 equals 0 in SQL; the bit pattern, flipped for negatives, orders doubles ascending
            let bits = (gap == 0 ? 0.0 : gap).bitPattern
            gapOrder = ~(gap < 0 ? ~bits : bits | (1 << 63))
        }
    }

    static func < (left: FigurePair, right: FigurePair) -> Bool {
        if left.meets != right.meets { return !left.meets }
        if left.gapOrder != right.gapOrder { return left.gapOrder < right.gapOrder }
        if left.groupRank != right.groupRank { return left.groupRank < right.groupRank }
        if left.sourceRanks != right.sourceRanks { return left.sourceRanks < right.sourceRanks }
        if left.figureA != right.figureA { return left.figureA < right.figureA }
        return left.figureB < right.figureB
    }

    static func == (left: FigurePair, right: FigurePair) -> Bool {
        left.meets == right.meets && left.gapOrder == right.gapOrder && left.groupRank == right.groupRank
            && left.sourceRanks == right.sourceRanks && left.figureA == right.figureA && left.figureB == right.figureB
    }
}
