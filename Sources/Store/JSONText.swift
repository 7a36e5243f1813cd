/// JSON string literals, written by hand where Foundation's serializer is too slow or does
/// not keep key order.
public enum JSONText {
    /// Appends `text` as a quoted JSON string.
    public static func quote(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20:
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
