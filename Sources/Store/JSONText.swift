/// JSON string literals, written by hand where Foundation's serializer is too slow or does
/// not keep key order.
public enum JSONText {
    /// Appends `text` as a quoted JSON string. Every control is escaped, DEL and the C1
    /// controls too, and the line and paragraph separators (JSON requires it of C0 only): the
    /// text then reaches a terminal as data, and no reader that splits lines at U+2028 or NEL
    /// (Python's `splitlines`) cuts a JSON Lines record in two.
    public static func quote(_ text: String, into out: inout String) {
        // printable ASCII with no quote or backslash (nearly every value) goes in as it is
        if isPlain(text) {
            out += "\""
            out += text
            out += "\""
            return
        }
        var bytes: [UInt8] = []
        quote(text, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// `quote(_:into:)` onto UTF-8 bytes, the same escapes.
    static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        if isPlain(text) {
            out.append(contentsOf: text.utf8)
            out.append(UInt8(ascii: "\""))
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append(contentsOf: #"\""#.utf8)
            case "\\": out.append(contentsOf: #"\\"#.utf8)
            case "\n": out.append(contentsOf: #"\n"#.utf8)
            case "\r": out.append(contentsOf: #"\r"#.utf8)
            case "\t": out.append(contentsOf: #"\t"#.utf8)
            case let c where c.value < 0x20 || (0x7F ... 0x9F).contains(c.value) || c.value == 0x2028 || c.value == 0x2029:
                let hex = String(c.value, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: UTF8.encode(scalar) { out.append($0) }
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func isPlain(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
    }

    /// `{"key": "value", ...}` with sorted keys. Written as bytes and made a string once:
    /// appended to a string piece by piece, an article's few metadata fields cost 28,000
    /// instructions.
    public static func object(_ fields: [String: String]) -> String {
        var out: [UInt8] = [UInt8(ascii: "{")]
        for (index, key) in fields.keys.sorted().enumerated() {
            if index > 0 { out.append(contentsOf: ", ".utf8) }
            quote(key, into: &out)
            out.append(contentsOf: ": ".utf8)
            quote(fields[key] ?? "", into: &out)
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }
}
