/// The period texts of the figures being compared, ordered byte by byte, so that the figures
/// of a group sort by their period and those of one period stand together. Equal texts have
/// equal ranks.
struct PeriodOrder {
    /// By text id: its position in the order.
    let rank: [Int32]

    /// `texts[id]` is the text of id `id`; the texts are distinct.
    init(texts: [[UInt8]]) {
        let sorted = texts.indices.sorted { texts[$0].lexicographicallyPrecedes(texts[$1]) }
        var rank = [Int32](repeating: 0, count: texts.count)
        for (position, id) in sorted.enumerated() { rank[id] = Int32(position) }
        self.rank = rank
    }
}
