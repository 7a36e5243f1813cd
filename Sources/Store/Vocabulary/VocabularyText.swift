import Foundation

/// How vocabulary entries clean what they are given.
extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
    var nonEmpty: String? { isEmpty ? nil : self }
    /// Two letters A-Z, as ISO 3166 country codes are.
    var isCountryCode: Bool { unicodeScalars.count == 2 && unicodeScalars.allSatisfy { ("A"..."Z").contains($0) } }
}
