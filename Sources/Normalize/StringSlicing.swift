extension String {
    /// The characters between two UTF-8 byte offsets, which must fall on scalar boundaries.
    public func utf8Slice(_ start: Int, _ end: Int) -> Substring {
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        let upper = utf8.index(lower, offsetBy: end - start)
        return self[lower..<upper]
    }
}
