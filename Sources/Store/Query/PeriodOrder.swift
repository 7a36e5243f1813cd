/// The period texts of the figures being compared, ordered as SQLite's BINARY collation orders
/// them (byte by byte, a prefix first), so that the overlap test of `figure_pairs` is a
/// comparison of integers: `a.period_start <= b.period_end || 'z'` holds exactly when
/// `rank[start of a] <= upTo[end of b]`, since the texts at most `end || 'z'` are a prefix of
/// the order. Equal texts have equal ranks.
struct PeriodOrder {
    /// By text id: its position in the order.
    let rank: [Int32]
    /// By text id: the last position whose text is at most this text followed by "z".
    let upTo: [Int32]

    /// `texts[id]` is the text of id `id`; the texts are distinct.
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
