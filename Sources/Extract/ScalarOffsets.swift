/// Converts UTF-8 byte offsets of a body into Unicode scalar offsets, which is what the
/// `extract` contract and the database's `char_start`/`char_end` count.
struct ScalarOffsets: Sendable {
    /// Scalars before each byte offset; empty for a body all in ASCII, where the two are one.
    private let prefix: [Int32]

    init(_ bytes: [UInt8]) {
        // most bodies are ASCII: a test over the bytes instead of a table of them
        if bytes.allSatisfy({ $0 < 0x80 }) {
            prefix = []
            return
        }
        var prefix = [Int32](repeating: 0, count: bytes.count + 1)
        var count: Int32 = 0
        for (index, byte) in bytes.enumerated() {
            prefix[index] = count
            if byte & 0xC0 != 0x80 { count += 1 }
        }
        prefix[bytes.count] = count
        self.prefix = prefix
    }

    func scalar(atByte offset: Int) -> Int { prefix.isEmpty ? offset : Int(prefix[offset]) }
}
