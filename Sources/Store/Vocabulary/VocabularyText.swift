import Foundation

/// How vocabulary entries clean what they are given.
extension String {
    /// Trimmed, and in Unicode's composed form (NFC), so that "Café" typed with a combining
    /// accent is the same name as "Café" typed with a precomposed one.
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping }
    var nonEmpty: String? { isEmpty ? nil : self }
    /// Two letters A-Z, as ISO 3166 country codes are.
    var isCountryCode: Bool { unicodeScalars.count == 2 && unicodeScalars.allSatisfy { ("A"..."Z").contains($0) } }

    /// Why a name cannot be a source, actor or metric name, or nil. Names are shown in
    /// terminals and matched against articles, so none may hold characters a reader cannot
    /// see or that reorder or overwrite the text around them (controls, zero-width and bidi
    /// marks), nor a word that mixes Latin, Greek and Cyrillic letters (an "IMF" spelled with
    /// a Cyrillic М looks the same and names something else).
    var unsafeNameProblem: String? {
        for scalar in unicodeScalars {
            let value = scalar.value
            if value < 0x20 || (0x7F...0x9F).contains(value) {
                return "name '\(escapedForMessage)' holds a control character (U+\(String(value, radix: 16, uppercase: true)))"
            }
            if Self.invisible.contains(value) {
                return "name '\(escapedForMessage)' holds an invisible or text-direction character (U+\(String(value, radix: 16, uppercase: true)))"
            }
        }
        for word in split(whereSeparator: { !$0.isLetter }) {
            let scripts = Set(word.unicodeScalars.compactMap(Self.script))
            if scripts.count > 1 { return "name '\(escapedForMessage)' mixes \(scripts.sorted().joined(separator: " and ")) letters in one word" }
        }
        return nil
    }

    /// Zero-width characters, bidi marks, embeddings, overrides and isolates, the word joiner and the byte order mark.
    private static let invisible: Set<UInt32> = Set([0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0x2060, 0xFEFF, 0x00AD])
        .union(0x202A...0x202E).union(0x2066...0x2069)

    private static func script(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: return "Latin"
        case 0x370...0x3FF, 0x1F00...0x1FFF: return "Greek"
        case 0x400...0x52F: return "Cyrillic"
        default: return nil
        }
    }

    /// The name with anything outside printable ASCII and letters written as `\u{...}`, for an error message.
    private var escapedForMessage: String {
        unicodeScalars.map { scalar in
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || Self.invisible.contains(scalar.value)
                ? "\\u{\(String(scalar.value, radix: 16, uppercase: true))}" : String(scalar)
        }.joined()
    }
}
