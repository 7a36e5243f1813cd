import ClaimsExtract
import ClaimsNormalize
import Testing

/// Sentences made of the pieces the parsers look at, in random order: whatever the order,
/// extraction must finish without trapping and keep its offsets inside the body.
@Suite struct ExtractorRobustnessTests {
    private static let pieces = [
        "$", "US$", "€", "£", "5", "1,234", "3.2", "7-1/2", "1/2", "-", "–", "/", ":", "’", "'", "s", "%", "pct", "mln", "bn",
        "m", "dlrs", "cts", "to", "from", "by", "between", "and", "or", "more", "than", "up", "of", "the", "a", "once",
        "twice", "times", "half", "quarter", "1987", "1987/88", "since", "in", "last", "year", "IMF", "World", "Bank",
        "said", "according", "Russia", "backed", "support", "opposition", "not", "was", "opposed", ",", ".", "(", ")",
        "\"", "“", "”", "he", "it", "the fund", "critics", "Moscow", "U.S.", "-backed", "skeptical", "are", "more",
        "Treasury Secretary", "James Baker", "reported", "Financial Times", "saying", "as", "view", "stepping stone",
    ]

    @Test func randomArrangementsOfParserPiecesNeverTrap() throws {
        let extractor = try Extractor.builtIn()
        var generator = SeededGenerator(seed: 20261128)
        for _ in 0..<10000 {
            let count = Int.random(in: 1...18, using: &generator)
            let sentence = (0..<count).map { _ in Self.pieces.randomElement(using: &generator) ?? "" }.joined(separator: Bool.random(using: &generator) ? " " : "")
            let document = Document(title: "Random Piece Title", published: "1987-03-02", format: .text, body: sentence,
                                    blocks: [Block(kind: .paragraph, start: 0, end: sentence.utf8.count)])
            let scalars = sentence.unicodeScalars.count
            for claim in extractor.claims(in: document) {
                #expect(claim.start >= 0 && claim.end <= scalars && claim.start <= claim.end, "\(sentence)")
                for figure in claim.figures { #expect(figure.start >= claim.start && figure.end <= claim.end, "\(sentence)") }
            }
        }
    }
}

/// A small deterministic generator (SplitMix64), so a failure repeats.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
