/// Turns raw bytes into a Swift string, refusing what is not text.
///
/// UTF-8, with or without a byte order mark, is accepted here; other encodings come
/// with the input-formats work. Line endings become `\n` so that offsets do not depend
/// on the platform that wrote the file.
public enum TextDecoding {
    public static func decode(_ bytes: [UInt8]) throws(NormalizeError) -> String {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        if bytes.count - start == 0 { throw .empty }
        if bytes[start...].contains(0) { throw .binary }
        let content = bytes[start...]
        if let offset = firstInvalidUTF8Offset(content) { throw .invalidUTF8(byteOffset: offset + start) }
        var text = String(decoding: content, as: UTF8.self)
        if text.utf8.contains(13) {
            text = text.replacingCRLF()
        }
        if text.allSatisfy(\.isWhitespace) { throw .empty }
        return text
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var consumed = 0
        var lastGood = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += UTF8.width(scalar)
                lastGood = consumed
            case .emptyInput:
                return nil
            case .error:
                return lastGood
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
