/// A word ending of up to eight bytes ("-tion", "-ous"), packed into an integer so that
/// testing a word against every ending the grammar lists costs a mask and a compare each:
/// the tagger asks this of most words it does not know.
struct WordEnding: Sendable {
    private let bits: UInt64
    private let mask: UInt64
    let length: Int

    /// Nil for an ending longer than eight bytes, which the caller compares as text.
    init?(_ ending: String) {
        let bytes = Array(ending.utf8)
        guard !bytes.isEmpty, bytes.count <= 8 else { return nil }
        length = bytes.count
        bits = Self.pack(bytes[...])
        mask = length == 8 ? UInt64.max : (UInt64(1) << UInt64(8 * length)) - 1
    }

    /// The last eight bytes of a word (fewer for a shorter word), the last byte lowest.
    static func tail(of word: String) -> UInt64 {
        let bytes = word.utf8
        var tail: UInt64 = 0
        var index = bytes.endIndex
        var shift: UInt64 = 0
        while index > bytes.startIndex, shift < 64 {
            index = bytes.index(before: index)
            tail |= UInt64(bytes[index]) << shift
            shift += 8
        }
        return tail
    }

    /// Whether a word of `count` bytes whose ``tail(of:)`` is `tail` ends with this ending and
    /// is longer than it.
    @inline(__always)
    func ends(_ tail: UInt64, count: Int) -> Bool { count > length && tail & mask == bits }

    private static func pack(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var packed: UInt64 = 0
        var shift: UInt64 = 0
        for byte in bytes.reversed() {
            packed |= UInt64(byte) << shift
            shift += 8
        }
        return packed
    }
}
