import Foundation

/// One line of a label file: a sentence (written out, or located in a corpus) and what a
/// careful reader takes from it. See docs/labelling.md.
struct LabelledSentence: Decodable {
    var id: String?
    var sentence: String?
    var corpus: String?
    var article: String?
    var start: Int?
    var end: Int?
    var published: String?
    var figures: [GoldFigure]?
    var sources: [GoldSource]?
    var stances: [GoldStance]?

    /// Where the sentence is, for error listings: its id or its corpus location.
    var locator: String {
        if let id { return id }
        return "\(corpus ?? "?"):\(article ?? "?"):\(start ?? 0)-\(end ?? 0)"
    }
}

struct GoldFigure: Decodable {
    var value: Double
    var unit: String
    var qualifier: String
    var low: Double?
    var high: Double?
    var period_start: String?
    var period_end: String?
    /// Blind sets: where the figure is (article offsets), what it measures, where.
    var start: Int?
    var end: Int?
    var metric: String?
    /// The vocabulary key a reader chose for `metric`, or nil where the vocabulary has none.
    var metric_key: String?
    var place: String?
    var kind: String?
}

struct GoldSource: Decodable {
    /// The registry key; nil in the blind sets for an organisation or person outside it.
    var key: String?
    var role: String
    var speaker: String?
    var outlet: String?
    /// Blind sets: the name the article gives, its kind, and the institution a person speaks for.
    var name: String?
    var kind: String?
    var speaks_for: String?
}

struct GoldStance: Decodable {
    var actor: String
    var actor_country: String?
    var polarity: String
    var qualifier: String?
}
