import Foundation

/// Turns raw bytes into a Swift string, refusing what is not text.
///
/// UTF-8 (with or without a byte order mark) and UTF-16 with a byte order mark are read as
/// they are. Bytes that are not UTF-8 are read as Windows-1252 (a superset of Latin-1, what
/// older newswire and web pages use) and the result says so, so that ingest can warn. Line
/// endings become `\n` so that offsets do not depend on the platform that wrote the file.
public enum TextDecoding {
    public struct Decoded: Sendable, Equatable {
        public var text: String
        /// Set when the bytes were not UTF-8 and a fallback was used.
        public var fallback: String?
    }

    public static func decode(_ bytes: [UInt8]) throws(NormalizeError) -> String {
        try decodeReporting(bytes).text
    }

    public static func decodeReporting(_ bytes: [UInt8]) throws(NormalizeError) -> Decoded {
        if bytes.isEmpty { throw .empty }
        var decoded: Decoded
        if hasUTF16ByteOrderMark(bytes) {
            decoded = Decoded(text: try utf16(bytes, littleEndian: bytes[0] == 0xFF), fallback: nil)
        } else {
            var start = 0
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
            let content = bytes[start...]
            if content.isEmpty { throw .empty }
            if content.contains(0) { throw .binary }
            if let offset = firstInvalidUTF8Offset(content) {
                decoded = Decoded(text: windows1252(content), fallback: "not UTF-8 (first bad byte at \(offset + start)); read as Windows-1252")
            } else {
                decoded = Decoded(text: String(decoding: content, as: UTF8.self), fallback: nil)
            }
        }
        if decoded.text.utf8.contains(13) { decoded.text = decoded.text.replacingCRLF() }
        if decoded.text.allSatisfy(\.isWhitespace) { throw .empty }
        return decoded
    }

    /// True when the bytes open with a UTF-16 byte order mark (either order).
    public static func hasUTF16ByteOrderMark(_ bytes: some Collection<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        guard let first = iterator.next(), let second = iterator.next() else { return false }
        return (first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF)
    }

    /// UTF-16 after its byte order mark.
    private static func utf16(_ bytes: [UInt8], littleEndian: Bool) throws(NormalizeError) -> String {
        guard bytes.count % 2 == 0 else { throw .invalidUTF8(byteOffset: bytes.count - 1) }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var index = 2
        while index + 1 < bytes.count {
            let unit = littleEndian ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8 : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            if unit == 0 { throw .binary }
            units.append(unit)
            index += 2
        }
        if units.isEmpty { throw .empty }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252: Latin-1, with printable characters where Latin-1 has C1 controls.
    private static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if byte >= 0x80 && byte <= 0x9F, let mapped = Unicode.Scalar(Self.c1[Int(byte - 0x80)]) {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    private static let c1: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var consumed = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): consumed += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return consumed
            }
        }
    }
}

extension String {
    /// `\r\n` and lone `\r` as `\n`.
    fileprivate func replacingCRLF() -> String {
        var out = [UInt8]()
        out.reserveCapacity(utf8.count)
        var previousWasCR = false
        for byte in utf8 {
            if byte == 13 {
                out.append(10)
                previousWasCR = true
                continue
            }
            if byte == 10 && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
