/// Converts UTF-8 byte offsets of a body into Unicode scalar offsets, which is what the
/// `extract` contract and the database's `char_start`/`char_end` count.
struct ScalarOffsets: Sendable {
    private let prefix: [Int32]

    init(_ bytes: [UInt8]) {
        var prefix = [Int32](repeating: 0, count: bytes.count + 1)
        var count: Int32 = 0
        for (index, byte) in bytes.enumerated() {
            prefix[index] = count
            if byte & 0xC0 != 0x80 { count += 1 }
        }
        prefix[bytes.count] = count
        self.prefix = prefix
    }

    func scalar(atByte offset: Int) -> Int { Int(prefix[offset]) }
}
