/// The pairs `xref` shows, kept as they are found: with a limit, only the first `limit` in
/// order so far (a heap whose root is the last of them), so that a million figures' pairs are
/// never all held or sorted; without one, every pair, sorted at the end.
struct PairSelection {
    private let limit: Int?
    private var pairs: [FigurePair] = []

    /// A negative limit is no limit, as in SQL.
    init(limit: Int?) {
        self.limit = limit.flatMap { $0 < 0 ? nil : $0 }
    }

    mutating func add(_ pair: FigurePair) {
        guard let limit else {
            pairs.append(pair)
            return
        }
        if pairs.count < limit {
            pairs.append(pair)
            siftUp(pairs.count - 1)
        } else if let last = pairs.first, pair < last {
            pairs[0] = pair
            siftDown(0)
        }
    }

    /// The pairs kept, in order.
    consuming func ordered() -> [FigurePair] {
        pairs.sort()
        return pairs
    }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard pairs[parent] < pairs[child] else { return }
            pairs.swapAt(parent, child)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            var largest = parent
            let left = 2 * parent + 1, right = left + 1
            if left < pairs.count && pairs[largest] < pairs[left] { largest = left }
            if right < pairs.count && pairs[largest] < pairs[right] { largest = right }
            guard largest != parent else { return }
            pairs.swapAt(parent, largest)
            parent = largest
        }
    }
}
