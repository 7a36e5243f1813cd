/// Reads the words of an article's prose as ``TargetKey/words(_:)`` would, straight from its
/// UTF-8 bytes, and codes each by its place among the title's distinct words (-1 for any
/// other word), so that finding a topic compares integers instead of building a `String`
/// for every word of the body.
struct TitleWordScanner {
    /// The title's distinct words, in order of first appearance.
    private(set) var words: [String] = []
    private var codes: [String: Int32] = [:]
    /// The ASCII ones as bytes with their hash, for comparing body words without decoding them.
    private var asciiWords: [(hash: UInt32, bytes: [UInt8], code: Int32)] = []

    init(_ titleWords: [String]) {
        for word in titleWords where codes[word] == nil {
            let code = Int32(words.count)
            codes[word] = code
            words.append(word)
            if word.utf8.allSatisfy({ $0 < 0x80 }) {
                asciiWords.append((word.utf8.reduce(WordHash.seed, WordHash.mix), Array(word.utf8), code))
            }
        }
    }

    /// The code of a title word.
    func code(of word: String) -> Int32 { codes[word] ?? -1 }

    /// The codes of the words of `ranges` of `bytes`, read as if the ranges were one text
    /// joined by line breaks.
    ///
    /// ASCII bytes other than letters and digits separate words in the text and in its lower
    /// case alike, so each run between them is read on its own: a run of ASCII bytes is one
    /// word (compared in lower case byte by byte), any other run goes through
    /// ``TargetKey/words(_:)``.
    func codes(of ranges: [Range<Int>], in bytes: [UInt8]) -> [Int32] {
        var out: [Int32] = []
        for range in ranges {
            var i = range.lowerBound
            while i < range.upperBound {
                guard !Self.isSeparator(bytes[i]) else {
                    i += 1
                    continue
                }
                let start = i
                var ascii = true
                var hash = WordHash.seed
                while i < range.upperBound, !Self.isSeparator(bytes[i]) {
                    let b = bytes[i]
                    if b >= 0x80 { ascii = false }
                    hash = WordHash.mix(hash, b >= 65 && b <= 90 ? b | 0x20 : b)
                    i += 1
                }
                if ascii {
                    out.append(asciiCode(bytes, start, i, hash: hash))
                } else {
                    for word in TargetKey.words(String(decoding: bytes[start..<i], as: UTF8.self)) { out.append(code(of: word)) }
                }
            }
        }
        return out
    }

    /// The code of the ASCII word `bytes[start..<end]`, compared in lower case.
    private func asciiCode(_ bytes: [UInt8], _ start: Int, _ end: Int, hash: UInt32) -> Int32 {
        candidates: for candidate in asciiWords where candidate.hash == hash && candidate.bytes.count == end - start {
            for (k, expected) in candidate.bytes.enumerated() {
                let b = bytes[start + k]
                if (b >= 65 && b <= 90 ? b | 0x20 : b) != expected { continue candidates }
            }
            return candidate.code
        }
        return -1
    }

    /// An ASCII byte that is not a letter or digit.
    private static func isSeparator(_ b: UInt8) -> Bool {
        b < 0x80 && !((b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122))
    }
}
