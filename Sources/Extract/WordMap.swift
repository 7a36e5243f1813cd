/// A map from vocabulary words to values, as an array indexed by ``Word`` id.
struct WordMap<Value: Sendable>: Sendable {
    private var values: [Value?] = []

    init() {}

    /// The entries of `dictionary`, its keys added to `table` where new.
    init(_ dictionary: [String: Value], in table: inout WordTable) {
        for (text, value) in dictionary { self[table.intern(text)] = value }
    }

    subscript(word: Word) -> Value? {
        get { Int(word.id) < values.count ? values[Int(word.id)] : nil }
        set {
            let index = Int(word.id)
            if index >= values.count { values.append(contentsOf: repeatElement(nil, count: index + 1 - values.count)) }
            values[index] = newValue
        }
    }
}
