/// Vocabulary of the text layer (`seeds/text.json`).
public struct TextVocabulary: Codable, Sendable {
    /// Abbreviations, without their final period, that do not end a sentence.
    public var abbreviations: [String]
    /// Lines that are page furniture ("Read Next", "Follow us on:"), lower case, without
    /// trailing punctuation.
    public var boilerplateLines: [String]
    /// First words of breadcrumb trails glued to a title ("HomeWorldUkraine ...").
    public var breadcrumbRoots: [String]
    /// Closed-class words (prepositions, articles, pronouns, auxiliaries) that never name
    /// what a figure measures or counts.
    public var functionWords: [String]

    enum CodingKeys: String, CodingKey {
        case abbreviations
        case boilerplateLines = "boilerplate_lines"
        case breadcrumbRoots = "breadcrumb_roots"
        case functionWords = "function_words"
    }
}
