import Foundation

/// News-like articles made up on the spot from a seed, so that tests can ingest thousands of
/// them without keeping a corpus in the repository. Every sentence is of a kind the extractor
/// turns into a claim with a source, a figure or a stance.
struct GeneratedCorpus {
    private static let sources = ["The IMF", "The World Bank", "The Pentagon", "NATO", "The European Central Bank"]
    private static let verbs = ["said", "projects", "estimates", "reported"]
    private static let metrics = ["growth", "inflation", "unemployment", "lending", "military aid"]
    private static let actors = ["Germany", "France", "Poland", "Critics", "Russia", "Officials in Warsaw"]
    private static let stances = ["supports", "opposes", "backs", "rejects", "is skeptical of"]

    /// `count` JSON Lines articles, one a line, each different from the others.
    static func jsonLines(count: Int, seed: UInt64) -> Data {
        var random = SeededGenerator(seed: seed)
        var out = ""
        for number in 0..<count {
            var sentences: [String] = []
            for _ in 0..<Int.random(in: 4..<12, using: &random) {
                switch Int.random(in: 0..<3, using: &random) {
                case 0:
                    let value = Double(Int.random(in: 1...900, using: &random)) / 10
                    sentences.append("\(pick(sources, &random)) \(pick(verbs, &random)) \(pick(metrics, &random)) of around \(value) percent in \(Int.random(in: 2000..<2025, using: &random)).")
                case 1:
                    sentences.append("\(pick(sources, &random)) said \(pick(metrics, &random)) rose to more than \(Int.random(in: 1...90, using: &random)) billion dollars.")
                default:
                    sentences.append("\(pick(actors, &random)) \(pick(stances, &random)) the plan for region \(number % 7).")
                }
            }
            let object: [String: Any] = [
                "title": "Report \(number): \(pick(metrics, &random)) outlook",
                "text": sentences.joined(separator: " "),
                "published": String(format: "2024-%02d-%02d", Int.random(in: 1...12, using: &random), Int.random(in: 1...28, using: &random)),
                "url": "https://example.org/report/\(number)",
            ]
            let line = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
            out += String(decoding: line, as: UTF8.self) + "\n"
        }
        return Data(out.utf8)
    }

    private static func pick(_ items: [String], _ random: inout SeededGenerator) -> String {
        items[Int.random(in: 0..<items.count, using: &random)]
    }
}
