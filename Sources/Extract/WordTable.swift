import Foundation

/// Every word of the vocabularies, each with a ``Word`` id: built once with the lexicon
/// (``intern(_:)``), then only read, by any number of extractions at once.
///
/// Words are equal as Swift strings are (canonical equivalence). A token of ASCII bytes is
/// looked up by hashing its bytes (lower-cased on the fly) in an open-addressing table, with
/// no `String` made; any other token through a `String` dictionary.
struct WordTable: Sendable {
    /// The ASCII spelling of each word, back to back: word `id` is
    /// `spellings[starts[id]..<starts[id + 1]]`; empty for words with none.
    private var spellings: [UInt8] = []
    private var starts: [Int32] = [0, 0]
    private var hashes: [UInt32] = [0]
    /// Open addressing by hash, linear probing: a word id per slot, 0 for an empty slot.
    private var slots = [UInt32](repeating: 0, count: 1024)
    /// The words with an ASCII spelling, the ones in `slots`.
    private var asciiWords: [Word] = []
    /// Every word by its text, for non-ASCII tokens and for interning.
    private var ids: [String: Word] = [:]
    /// Each word's ASCII spelling as a `String` (empty for words with none): a token spelled
    /// so takes its text from here instead of decoding its bytes again.
    private var asciiTexts: [String] = [""]

    /// The id of a word, added if new. Its lower case is added too, so that a token whose
    /// lower case is unknown cannot have a known written form.
    @discardableResult
    mutating func intern(_ text: String) -> Word {
        if let known = ids[text] { return known }
        let word = Word(id: UInt32(hashes.count))
        ids[text] = word
        let spelling = Self.asciiSpelling(text)
        spellings.append(contentsOf: spelling ?? [])
        starts.append(Int32(spellings.count))
        asciiTexts.append(spelling.map { String(decoding: $0, as: UTF8.self) } ?? "")
        if let spelling {
            let hash = spelling.reduce(WordHash.seed) { WordHash.mix($0, $1) }
            hashes.append(hash)
            insertSlot(word)
        } else {
            hashes.append(0)
        }
        let lower = text.lowercased()
        if lower != text { intern(lower) }
        return word
    }

    /// The ASCII spelling of a known word that has one: for a token ``asciiWords(_:_:_:)``
    /// found, its lower case (`word`) or its text (`form`), the same bytes.
    func asciiText(_ word: Word) -> String { asciiTexts[Int(word.id)] }

    /// The id of a word given as a `String`, or ``Word/unknown``.
    func word(_ text: String) -> Word { ids[text] ?? .unknown }

    /// The ids of the lower case and the written form of `bytes[start..<end]`, if those bytes
    /// are all ASCII (nil otherwise), and whether the text has upper-case letters.
    func asciiWords(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (word: Word, form: Word, hasUpper: Bool)? {
        bytes.withUnsafeBufferPointer { asciiWords($0, start, end) }
    }

    /// ``asciiWords(_:_:_:)`` over a raw buffer: this runs for every token of every sentence.
    func asciiWords(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (word: Word, form: Word, hasUpper: Bool)? {
        var lowerHash = WordHash.seed
        var formHash = WordHash.seed
        var hasUpper = false
        for i in start..<end {
            let b = text[i]
            if b >= 0x80 { return nil }
            let isUpper = b >= 65 && b <= 90
            hasUpper = hasUpper || isUpper
            lowerHash = WordHash.mix(lowerHash, isUpper ? b | 0x20 : b)
            formHash = WordHash.mix(formHash, b)
        }
        let token = UnsafeBufferPointer(rebasing: text[start..<end])
        let word = find(token, hash: lowerHash, lowerCasing: true)
        guard hasUpper else { return (word, word, false) }
        guard word.isKnown else { return (.unknown, .unknown, true) }
        return (word, find(token, hash: formHash, lowerCasing: false), true)
    }

    private func find(_ token: UnsafeBufferPointer<UInt8>, hash: UInt32, lowerCasing: Bool) -> Word {
        slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                let mask = slots.count - 1
                var slot = Int(hash) & mask
                while true {
                    let id = slots[slot]
                    if id == 0 { return .unknown }
                    if hashes[Int(id)] == hash, spelled(Int(id), token, lowerCasing: lowerCasing) { return Word(id: id) }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    private func spelled(_ id: Int, _ token: UnsafeBufferPointer<UInt8>, lowerCasing: Bool) -> Bool {
        let from = Int(starts[id])
        guard Int(starts[id + 1]) - from == token.count else { return false }
        return spellings.withUnsafeBufferPointer { spellings in
            for k in 0..<token.count {
                var b = token[k]
                if lowerCasing, b >= 65, b <= 90 { b |= 0x20 }
                if spellings[from + k] != b { return false }
            }
            return true
        }
    }

    /// Keeps the table at most half full, so that probes stay short.
    private mutating func insertSlot(_ word: Word) {
        asciiWords.append(word)
        if asciiWords.count * 2 > slots.count {
            slots = [UInt32](repeating: 0, count: slots.count * 2)
            for known in asciiWords { place(known) }
        } else {
            place(word)
        }
    }

    private mutating func place(_ word: Word) {
        let mask = slots.count - 1
        var slot = Int(hashes[Int(word.id)]) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = word.id
    }

    /// The ASCII bytes a word is spelled with, after canonical composition ("\u{212A}" is
    /// "K"); nil for a word that has none.
    private static func asciiSpelling(_ text: String) -> [UInt8]? {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return Array(text.utf8) }
        let composed = text.precomposedStringWithCanonicalMapping
        return composed.utf8.allSatisfy({ $0 < 0x80 }) ? Array(composed.utf8) : nil
    }
}
