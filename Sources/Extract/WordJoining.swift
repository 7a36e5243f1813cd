extension Sequence where Element == String {
    /// The words with `separator` between them, as `joined(separator:)` gives them. The
    /// metric reader joins a few words for every figure; appending them one by one costs half
    /// of what the standard library's generic join does on Linux.
    func appended(separator: String) -> String {
        var text = ""
        var first = true
        for word in self {
            if !first { text += separator }
            text += word
            first = false
        }
        return text
    }
}

extension String {
    /// The words between spaces, as `split(separator: " ").map(String.init)` gives them. The
    /// metric reader splits a phrase or two for every figure; over the UTF-8 bytes of an
    /// ASCII phrase (nearly all) that costs a tenth of the `Character` split. Any other
    /// phrase is split by `Character`, where a space and a combining mark after it are one.
    var spaceSeparatedWords: [String] {
        let ascii = utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            var words: [String] = []
            var start = 0
            for (index, byte) in bytes.enumerated() {
                if byte >= 0x80 { return nil }
                if byte == 32 {
                    if index > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                    start = index + 1
                }
            }
            if bytes.count > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
            return words
        }
        return (ascii ?? nil) ?? split(separator: " ").map(String.init)
    }
}
