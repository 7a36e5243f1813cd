/// Phrases as sequences of ``Word``s, for finding the longest one along a run of tokens.
///
/// The first word leads to its node through an array indexed by word id; later words through
/// each node's few children, searched in order.
struct PhraseTrie<Value: Sendable>: Sendable {
    /// Which id of a token the phrases are spelled in.
    enum Key: Sendable {
        /// ``Token/word``: the lower case.
        case lowerCase
        /// ``Token/form``: the text as written.
        case written
    }

    let key: Key
    private var roots: [Int32] = []
    /// Per node (0 is none): its children and the value of the phrase that ends there.
    private var children: [[(word: Word, node: Int32)]] = [[]]
    private var values: [Value?] = [nil]

    init(key: Key) {
        self.key = key
    }

    /// Adds a phrase; a phrase already there keeps its value.
    mutating func insert(_ words: [Word], _ value: Value) {
        guard let first = words.first else { return }
        let index = Int(first.id)
        if index >= roots.count { roots.append(contentsOf: repeatElement(0, count: index + 1 - roots.count)) }
        if roots[index] == 0 { roots[index] = newNode() }
        var node = roots[index]
        for word in words.dropFirst() {
            if let next = child(of: node, word) {
                node = next
            } else {
                let next = newNode()
                children[Int(node)].append((word, next))
                node = next
            }
        }
        if values[Int(node)] == nil { values[Int(node)] = value }
    }

    /// The longest phrase read from `tokens[start]` on, one token per `step` (1 forwards, -1
    /// backwards), at most `limit` tokens long.
    func longest(_ tokens: [Token], from start: Int, step: Int, limit: Int) -> (length: Int, value: Value)? {
        let first = Int(id(tokens[start]).id)
        guard first < roots.count, roots[first] != 0 else { return nil }
        var node = roots[first]
        var best = values[Int(node)].map { (length: 1, value: $0) }
        var length = 1
        var position = start
        while length < limit {
            position += step
            guard let next = child(of: node, id(tokens[position])) else { break }
            node = next
            length += 1
            if let value = values[Int(node)] { best = (length, value) }
        }
        return best
    }

    private func id(_ token: Token) -> Word {
        switch key {
        case .lowerCase: return token.word
        case .written: return token.form
        }
    }

    private func child(of node: Int32, _ word: Word) -> Int32? {
        for edge in children[Int(node)] where edge.word == word { return edge.node }
        return nil
    }

    private mutating func newNode() -> Int32 {
        children.append([])
        values.append(nil)
        return Int32(values.count - 1)
    }
}
