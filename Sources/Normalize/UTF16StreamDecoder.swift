/// UTF-16 read a chunk at a time, as UTF-8: for JSON Lines files saved as UTF-16 (with a byte
/// order mark), which are read line by line and never whole. A code unit or a surrogate pair
/// split between chunks is completed by the next; what cannot be decoded becomes U+FFFD, as
/// `String(decoding:as:)` does for a file read whole.
public struct UTF16StreamDecoder: Sendable {
    let littleEndian: Bool
    private var oddByte: UInt8?
    private var highSurrogate: UInt16?

    /// A decoder for a stream that starts with `bytes`, or nil when they open with no UTF-16 byte order mark.
    public init?(startingWith bytes: some Collection<UInt8>) {
        guard TextDecoding.hasUTF16ByteOrderMark(bytes), let first = bytes.first else { return nil }
        littleEndian = first == 0xFF
    }

    /// The UTF-8 of the next chunk (the first chunk still holds its byte order mark, which is dropped).
    public mutating func decode(_ bytes: some Collection<UInt8>, isFirst: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var skip = isFirst ? 2 : 0
        for byte in bytes {
            if skip > 0 { skip -= 1; continue }
            guard let first = oddByte else { oddByte = byte; continue }
            oddByte = nil
            let unit = littleEndian ? UInt16(first) | UInt16(byte) << 8 : UInt16(first) << 8 | UInt16(byte)
            append(unit, to: &out)
        }
        return out
    }

    /// What is left at the end of the stream: a lone high surrogate or an odd byte, as U+FFFD.
    public mutating func finish() -> [UInt8] {
        var out: [UInt8] = []
        if highSurrogate != nil || oddByte != nil { out += Self.replacement }
        highSurrogate = nil
        oddByte = nil
        return out
    }

    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    private mutating func append(_ unit: UInt16, to out: inout [UInt8]) {
        if let high = highSurrogate {
            highSurrogate = nil
            if (0xDC00...0xDFFF).contains(unit) {
                let value = 0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00)
                if let scalar = Unicode.Scalar(value) { out += Array(String(scalar).utf8) }
                return
            }
            out += Self.replacement
        }
        switch unit {
        case 0xD800...0xDBFF: highSurrogate = unit
        case 0xDC00...0xDFFF: out += Self.replacement
        default: if let scalar = Unicode.Scalar(unit) { out += Array(String(scalar).utf8) }
        }
    }
}
