/// Reads the JSON object of one JSON Lines line straight from its bytes, for the shapes news
/// dumps have: string values, arrays of strings, and `null` for the fields an article is read
/// from. Anything else (a number, `true`, a nested object, a duplicate key, invalid JSON or
/// UTF-8) gives nil, and the caller reads the line with `JSONSerialization`, which also words
/// the errors. Reading Reuters-21578 through `JSONSerialization` took a third of the time spent
/// normalizing it; the fields given here equal what that path gives for the same line.
enum JSONObjectScanner {
    /// The line's fields, or nil where `JSONSerialization` must read it.
    static func fields(_ line: ArraySlice<UInt8>) -> JSONLineFields? {
        line.withUnsafeBufferPointer { bytes in
            var scanner = Cursor(bytes: bytes)
            return scanner.object()
        }
    }

    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var at = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func object() -> JSONLineFields? {
            skipSpace()
            guard take(UInt8(ascii: "{")) else { return nil }
            var fields = JSONLineFields()
            var seen = SeenKeys()
            skipSpace()
            if !take(UInt8(ascii: "}")) {
                while true {
                    skipSpace()
                    guard take(UInt8(ascii: "\"")), let key = string(), seen.insert(key) else { return nil }
                    skipSpace()
                    guard take(UInt8(ascii: ":")) else { return nil }
                    skipSpace()
                    guard let value = value(), record(value, as: key, in: &fields) else { return nil }
                    skipSpace()
                    if take(UInt8(ascii: ",")) { continue }
                    guard take(UInt8(ascii: "}")) else { return nil }
                    break
                }
            }
            skipSpace()
            return at == bytes.count ? fields : nil
        }

        /// The keys read so far. A line has a handful, and comparing them beats hashing; a line
        /// with many (120,000 took 23 s to compare each with all before it) hashes them.
        private struct SeenKeys {
            var few: [String] = []
            var many: Set<String>?

            /// False when the key was seen before.
            mutating func insert(_ key: String) -> Bool {
                if var set = many {
                    many = nil
                    defer { many = set }
                    return set.insert(key).inserted
                }
                if few.contains(key) { return false }
                few.append(key)
                if few.count == 16 { many = Set(few) }
                return true
            }
        }

        private enum Value {
            case string(String)
            case strings([String])
            case null
        }

        /// Files `value` as ``JSONLineFields/init(_:)`` would; false for what only
        /// `JSONSerialization`'s path words exactly (a `null` kept in `meta`).
        private func record(_ value: Value, as key: String, in fields: inout JSONLineFields) -> Bool {
            let known = JSONLinesReader.knownFields.contains(key)
            switch value {
            case .string(let text):
                fields.strings[key] = text
                if !known { fields.meta[key] = text }
            case .strings(let texts):
                // an array where text is expected is reported, by the other path
                guard !known else { return false }
                fields.meta[key] = Self.compact(texts)
            case .null:
                if !known { return false }
            }
            return true
        }

        private mutating func value() -> Value? {
            guard at < bytes.count else { return nil }
            switch bytes[at] {
            case UInt8(ascii: "\""):
                at += 1
                return string().map { .string($0) }
            case UInt8(ascii: "["):
                at += 1
                var texts: [String] = []
                skipSpace()
                if take(UInt8(ascii: "]")) { return .strings(texts) }
                while true {
                    skipSpace()
                    guard take(UInt8(ascii: "\"")), let text = string() else { return nil }
                    texts.append(text)
                    skipSpace()
                    if take(UInt8(ascii: ",")) { continue }
                    return take(UInt8(ascii: "]")) ? .strings(texts) : nil
                }
            case UInt8(ascii: "n"):
                guard at + 4 <= bytes.count, bytes[at + 1] == UInt8(ascii: "u"), bytes[at + 2] == UInt8(ascii: "l"),
                    bytes[at + 3] == UInt8(ascii: "l")
                else { return nil }
                at += 4
                return .null
            default:
                return nil
            }
        }

        /// A string's contents, after its opening quote; nil for raw control characters,
        /// escapes JSON does not have, lone surrogates, `\u0000` and invalid UTF-8.
        private mutating func string() -> String? {
            let start = at
            while at < bytes.count {
                let byte = bytes[at]
                if byte == UInt8(ascii: "\"") {
                    defer { at += 1 }
                    return String(validating: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
                }
                if byte == UInt8(ascii: "\\") { return escapedString(from: start) }
                if byte < 0x20 { return nil }
                at += 1
            }
            return nil
        }

        /// The rest of a string that has escapes, its plain bytes up to `at` copied first.
        private mutating func escapedString(from start: Int) -> String? {
            var out = Array(UnsafeBufferPointer(rebasing: bytes[start..<at]))
            out.reserveCapacity(out.count * 2)
            while at < bytes.count {
                // the plain run up to the next quote, backslash or control character, at once
                var end = at
                while end < bytes.count, bytes[end] != UInt8(ascii: "\"") && bytes[end] != UInt8(ascii: "\\") && bytes[end] >= 0x20 { end += 1 }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[at..<end]))
                at = end
                guard at < bytes.count else { return nil }
                let byte = bytes[at]
                at += 1
                if byte == UInt8(ascii: "\"") { return String(validating: out, as: UTF8.self) }
                if byte < 0x20 { return nil }
                guard at < bytes.count else { return nil }
                let escape = bytes[at]
                at += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard var scalar = hex4() else { return nil }
                    if (0xDC00...0xDFFF).contains(scalar) { return nil }
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")), let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard scalar != 0, let unicode = Unicode.Scalar(scalar) else { return nil }
                    out.append(contentsOf: Array(String(Character(unicode)).utf8))
                default:
                    return nil
                }
            }
            return nil
        }

        private mutating func hex4() -> UInt32? {
            guard at + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[at]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: return nil
                }
                value = value << 4 | UInt32(digit)
                at += 1
            }
            return value
        }

        private mutating func take(_ byte: UInt8) -> Bool {
            guard at < bytes.count, bytes[at] == byte else { return false }
            at += 1
            return true
        }

        private mutating func skipSpace() {
            while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x0A || bytes[at] == 0x0D || bytes[at] == 0x09 { at += 1 }
        }

        /// An array of strings as `JSONSerialization` writes it: no spaces, `/` escaped as
        /// `\/`, control characters as `\b \f \n \r \t` or `\u00xx`, everything else as it is.
        private static func compact(_ texts: [String]) -> String {
            var out: [UInt8] = [UInt8(ascii: "[")]
            for (index, text) in texts.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "\""))
                for byte in text.utf8 {
                    switch byte {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out += [UInt8(ascii: "\\"), byte]
                    case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
                    case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
                    case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                    case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
                    case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
                    case ..<0x20:
                        let digits = Array("0123456789abcdef".utf8)
                        out += Array("\\u00".utf8) + [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
                    default: out.append(byte)
                    }
                }
                out.append(UInt8(ascii: "\""))
            }
            out.append(UInt8(ascii: "]"))
            return String(decoding: out, as: UTF8.self)
        }
    }
}
