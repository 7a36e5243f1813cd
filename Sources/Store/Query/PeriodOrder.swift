/// The period texts of the figures being compared, ordered as SQLite's BINARY collation orders
/// them (byte by byte, a prefix first), so that the overlap test of `figure_comparisons` is a
/// comparison of integers:
/// `coalesce(a.period_start, '0000') <= coalesce(b.period_end, '9999') || 'z'` holds exactly when
/// `rank[start of a] <= upTo[end of b]`, since the texts at most `end || 'z'` are a prefix of
/// the order.
struct PeriodOrder {
    /// Ids of the texts that stand for a missing start and a missing end.
    static let earliest: Int32 = 0
    static let latest: Int32 = 1
    static let earliestText = "0000"
    static let latestText = "9999"

    /// By text id: its position in the order.
    let rank: [Int32]
    /// By text id: the last position whose text is at most this text followed by "z".
    let upTo: [Int32]

    /// `texts[id]` is the text of id `id`; ids 0 and 1 must be "0000" and "9999".
    init(texts: [[UInt8]]) {
        let sorted = texts.indices.sorted { texts[$0].lexicographicallyPrecedes(texts[$1]) }
        var rank = [Int32](repeating: 0, count: texts.count)
        for (position, id) in sorted.enumerated() { rank[id] = Int32(position) }
        self.rank = rank
        upTo = texts.map { text in
            let bound = text + [UInt8(ascii: "z")]
            // the first position whose text is above the bound, minus one
            var low = 0
            var high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                if bound.lexicographicallyPrecedes(texts[sorted[middle]]) { high = middle } else { low = middle + 1 }
            }
            return Int32(low - 1)
        }
    }
}
