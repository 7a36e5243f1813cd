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
            if !JSONLinesReader.knownFields.contains(key) { meta[key] = Self.flat(value) }
        }
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
