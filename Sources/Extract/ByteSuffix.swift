extension String {
    /// Whether the text's UTF-8 bytes end with `suffix`'s. The extractor asks this of nearly
    /// every word ("-ly", "-ing", "-ed"); `hasSuffix` compares characters, and costs several
    /// times as much, for the same answer on the ASCII endings it is asked about.
    @inline(__always)
    func endsWithBytes(_ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        let bytes = utf8
        guard bytes.count >= count else { return false }
        let start = suffix.utf8Start
        var index = bytes.endIndex
        var k = count
        while k > 0 {
            index = bytes.index(before: index)
            k -= 1
            if bytes[index] != start[k] { return false }
        }
        return true
    }
}
