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
