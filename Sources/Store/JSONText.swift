/// JSON string literals, written by hand where Foundation's serializer is too slow or does
/// not keep key order.
public enum JSONText {
    /// Appends `text` as a quoted JSON string. Every control is escaped, DEL and the C1
    /// controls too, and the line and paragraph separators (JSON requires it of C0 only): the
    /// text then reaches a terminal as data, and no reader that splits lines at U+2028 or NEL
    /// (Python's `splitlines`) cuts a JSON Lines record in two.
    public static func quote(_ text: String, into out: inout String) {
        out += "\""
        // printable ASCII with no quote or backslash (nearly every value) goes in as it is
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20 || (0x7F ... 0x9F).contains(c.value) || c.value == 0x2028 || c.value == 0x2029:
                let hex = String(c.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    /// `{"key": "value", ...}` with sorted keys.
    public static func object(_ fields: [String: String]) -> String {
        var out = "{"
        for (index, key) in fields.keys.sorted().enumerated() {
            if index > 0 { out += ", " }
            quote(key, into: &out)
            out += ": "
            quote(fields[key] ?? "", into: &out)
        }
        return out + "}"
    }
}
