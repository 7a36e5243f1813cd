/// A set of vocabulary words as one bit per ``Word`` id: membership is a load and a mask.
struct WordSet: Sendable {
    private var bits: [UInt64] = []

    init() {}

    /// The words of `texts`, added to `table` where new.
    init(_ texts: some Sequence<String>, in table: inout WordTable) {
        for text in texts { insert(table.intern(text)) }
    }

    mutating func insert(_ word: Word) {
        let index = Int(word.id >> 6)
        if index >= bits.count { bits.append(contentsOf: repeatElement(0, count: index + 1 - bits.count)) }
        bits[index] |= 1 << UInt64(word.id & 63)
    }

    /// Always inlined: called for nearly every token by every phrase index and word set.
    @inline(__always)
    func contains(_ word: Word) -> Bool {
        let index = Int(word.id >> 6)
        return index < bits.count && bits[index] & (1 << UInt64(word.id & 63)) != 0
    }
}
