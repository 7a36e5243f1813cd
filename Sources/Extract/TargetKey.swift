import Foundation

/// Canonical keys for what stances are about, so that one target named several ways
/// groups together within an article and across articles.
enum TargetKey {
    private static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "its", "their",
                                                   "his", "her", "our", "any", "such", "s"]

    /// Lower-case words of a text: letters and digits; possessive "'s" dropped.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        // the current word's UTF-8 bytes: cheaper to grow than a String's scalars
        var current: [UInt8] = []
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII {
                let value = UInt8(scalar.value)
                if (value >= 97 && value <= 122) || (value >= 48 && value <= 57) {
                    current.append(value)
                    continue
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                UTF8.encode(scalar) { current.append($0) }
                continue
            }
            if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// The key of a target phrase: the topic's key when it names the topic (same head
    /// noun, or the topic's words), else its own words without determiners.
    static func key(for target: String, topic: Topic?) -> String {
        var content = words(target)
        while let first = content.first, determiners.contains(first) { content.removeFirst() }
        content.removeAll { $0 == "s" }
        if let topic, let head = content.last, head == topic.head { return topic.key }
        return content.joined(separator: "_")
    }

    /// The words of `run` as the original text spells them ("Ukraine NATO-Style Protection Plan").
    static func originalSpan(of run: [String], in text: String) -> String? {
        let lower = text.lowercased()
        guard let first = run.first, let last = run.last, let start = lower.range(of: first),
            let end = lower.range(of: last, range: start.upperBound..<lower.endIndex) ?? (run.count == 1 ? start : nil)
        else { return nil }
        let startOffset = lower.distance(from: lower.startIndex, to: start.lowerBound)
        let endOffset = lower.distance(from: lower.startIndex, to: end.upperBound)
        let begin = text.index(text.startIndex, offsetBy: startOffset)
        let finish = text.index(text.startIndex, offsetBy: endOffset)
        return String(text[begin..<finish])
    }
}
