import Foundation

/// A deterministic stand-in for Reuters-21578 where `../shared` is absent: JSON Lines of
/// wire-style articles with sources, figures, dates and stances, the same count and about
/// the same size, the same every run.
struct CorpusGenerator {
    var articles = 19_043

    private static let sources = ["The IMF", "The World Bank", "The OECD", "The Federal Reserve", "The Bundesbank", "USDA", "OPEC"]
    private static let metrics = ["growth", "inflation", "exports", "imports", "foreign debt", "lending", "oil output"]
    private static let countries = ["Brazil", "Mexico", "Japan", "West Germany", "France", "Argentina", "Poland", "Nigeria"]
    private static let verbs = ["said", "estimated", "projected", "forecast", "reported"]
    private static let units = ["mln dlrs", "pct", "billion dlrs", "mln tonnes", "mln stg"]
    private static let filler = "Traders said the market was quiet in thin trading ahead of the weekend, with few new factors to move prices."

    func write(to url: URL) throws {
        var generator = SplitMix(seed: 1987)
        var out = ""
        out.reserveCapacity(articles * 1_100)
        for index in 1...articles {
            var paragraphs: [String] = []
            for _ in 0..<(2 + Int(generator.next() % 6)) {
                let source = Self.sources[Int(generator.next() % UInt64(Self.sources.count))]
                let metric = Self.metrics[Int(generator.next() % UInt64(Self.metrics.count))]
                let country = Self.countries[Int(generator.next() % UInt64(Self.countries.count))]
                let verb = Self.verbs[Int(generator.next() % UInt64(Self.verbs.count))]
                let unit = Self.units[Int(generator.next() % UInt64(Self.units.count))]
                let value = Double(generator.next() % 10_000) / 10
                paragraphs.append("\(source) \(verb) \(country)'s \(metric) would reach \(value) \(unit) in 1987, up from \(value * 0.9) \(unit) in 1986.")
                if generator.next() % 4 == 0 { paragraphs.append("\(country) opposed the proposal, officials said. " + Self.filler) }
                paragraphs.append(Self.filler)
            }
            let day = 1 + Int(generator.next() % 28)
            let month = 2 + Int(generator.next() % 8)
            let text = paragraphs.joined(separator: "\n    ").replacingOccurrences(of: "\"", with: "'")
            out += "{\"id\": \"generated-\(index)\", \"title\": \"STORY \(index)\", \"published\": \"1987-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)T12:00:00\", \"text\": \"\(text)\"}\n"
        }
        try Data(out.utf8).write(to: url)
    }
}

/// SplitMix64: small, fast, deterministic.
struct SplitMix: RandomNumberGenerator {
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
