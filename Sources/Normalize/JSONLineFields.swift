import Foundation

/// What reading a JSON Lines article needs of one line's object: its string fields, the names
/// of nested objects (an outlet given as `{"name": ...}`), and every field outside
/// ``JSONLinesReader/knownFields`` as text for `meta`.
///
/// Filled by ``JSONObjectScanner`` straight from the bytes for the common shapes, and from
/// `JSONSerialization`'s objects for everything else; both must give equal fields for a line.
struct JSONLineFields: Equatable {
    /// Fields whose value is a string.
    var strings: [String: String] = [:]
    /// Fields whose value is an object with a string `name`: that name.
    var nestedNames: [String: String] = [:]
    /// Fields outside ``JSONLinesReader/knownFields``: strings as they are, anything else as
    /// compact JSON with sorted keys.
    var meta: [String: String] = [:]
    /// Known fields whose value is neither a string nor null (nor an outlet object with a
    /// name): read where they can be (a title `1984`, a date in Unix time), reported where not.
    var nonStrings: [String: NonString] = [:]

    /// A value where text was expected.
    enum NonString: Equatable {
        /// A number, as text.
        case number(String)
        /// Anything else: what it is ("true", "an array") and its compact JSON.
        case other(kind: String, json: String)
    }

    /// The first of `keys` whose value is a string that is not empty.
    func string(_ keys: [String]) -> String? {
        for key in keys {
            if let value = strings[key], !value.isEmpty { return value }
        }
        return nil
    }

    /// The fields of an object `JSONSerialization` read.
    init(_ object: [String: Any]) {
        for (key, value) in object {
            if let text = value as? String { strings[key] = text }
            if let nested = value as? [String: Any], let name = nested["name"] as? String { nestedNames[key] = name }
            if !JSONLinesReader.knownFields.contains(key) {
                meta[key] = Self.flat(value)
            } else if let kind = Self.nonStringKind(value) {
                if kind == "a number", let number = value as? NSNumber {
                    nonStrings[key] = .number(number.stringValue)
                } else {
                    nonStrings[key] = .other(kind: kind, json: Self.flat(value))
                }
            }
        }
    }

    /// What a value that should have been text is, or nil for text, null and an object with a name.
    private static func nonStringKind(_ value: Any) -> String? {
        if value is String || value is NSNull { return nil }
        if let number = value as? NSNumber {
            let type = String(cString: number.objCType)
            return type == "c" || type == "B" ? (number.boolValue ? "true" : "false") : "a number"
        }
        if let object = value as? [String: Any] { return object["name"] is String ? nil : "an object" }
        if value is [Any] { return "an array" }
        return "not text"
    }

    init() {}

    /// A field's value as text: strings as they are, anything else as compact JSON.
    private static func flat(_ value: Any) -> String {
        if let text = value as? String { return text }
        if let number = value as? NSNumber { return number.stringValue }
        if JSONSerialization.isValidJSONObject(value), let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]) {
            return String(decoding: data, as: UTF8.self)
        }
        return String(describing: value)
    }
}
