import ClaimsExtract
import Foundation

/// Scores the clause layer against a dependency parser's reading of the same sentences
/// (spaCy's small English model, run once while developing; `Tests/Eval/blind/*/parses-
/// spacy.jsonl` hold its tokens, tags and dependencies by offset, no text). A parser clause is
/// a word with a subject (`nsubj`, `nsubjpass`) or an object (`dobj`, `attr`) among its
/// dependents; the layer agrees on it when it reads a clause with that word as its verb
/// and the same subject head and object head (or, like the parser, none).
struct ClauseScorer {
    struct ParsedToken: Decodable {
        var start: Int
        var end: Int
        var tag: String
        var dep: String
        var head: Int
    }

    struct ParsedSentence: Decodable {
        var corpus: String
        var article: String
        var start: Int
        var end: Int
        var tokens: [ParsedToken]
    }

    private(set) var clauses = 0
    private(set) var agreed = 0
    private(set) var subjectsAgreed = 0
    private(set) var objectsAgreed = 0
    private(set) var verbsFound = 0
    private(set) var errors: [String] = []

    /// "VBZ -> noun": how often the layer's class disagrees with the parser's tag, by pair.
    private(set) var tagConfusions: [String: Int] = [:]
    /// The words of each disagreement, for reading.
    private(set) var tagExamples: [String: [String]] = [:]

    /// Counts the tokens whose class the parser's fine tag contradicts.
    mutating func compareTags(_ parsed: ParsedSentence, sentence: String, classes: [(range: Range<Int>, wordClass: String)]) {
        let expected: [String: Set<String>] = [
            "NN": ["noun"], "NNS": ["noun"], "NNP": ["properNoun", "noun"], "NNPS": ["properNoun", "noun"],
            "VB": ["verb", "auxiliary"], "VBD": ["verb", "auxiliary"], "VBZ": ["verb", "auxiliary"], "VBP": ["verb", "auxiliary"],
            "VBN": ["verb", "auxiliary"], "VBG": ["verb", "auxiliary"],
            "JJ": ["adjective"], "JJR": ["adjective"], "JJS": ["adjective"], "RB": ["adverb", "negation"], "IN": ["preposition", "subordinator"],
            "MD": ["modal"], "PRP": ["pronoun"], "DT": ["determiner", "quantifier"], "CC": ["coordinator"], "PRP$": ["possessivePronoun"],
        ]
        for token in parsed.tokens {
            guard let allowed = expected[token.tag] else { continue }
            let span = (token.start - parsed.start)..<(token.end - parsed.start)
            guard let found = classes.first(where: { $0.range.overlaps(span) }) else { continue }
            if !allowed.contains(found.wordClass) {
                tagConfusions["\(token.tag) -> \(found.wordClass)", default: 0] += 1
                let scalars = Array(sentence.unicodeScalars)
                if span.upperBound <= scalars.count {
                    tagExamples["\(token.tag) -> \(found.wordClass)", default: []].append(String(String.UnicodeScalarView(scalars[span])))
                }
            }
        }
    }

    var agreement: Double { clauses == 0 ? 0 : Double(agreed) / Double(clauses) }

    mutating func add(_ parsed: ParsedSentence, sentence: String, readings: [ClauseReading]) {
        let scalars = Array(sentence.unicodeScalars)
        func text(_ range: Range<Int>?) -> String {
            guard let range, range.lowerBound >= 0, range.upperBound <= scalars.count else { return "-" }
            return String(String.UnicodeScalarView(scalars[range]))
        }
        var lines: [String] = []
        for (index, token) in parsed.tokens.enumerated() {
            let children = parsed.tokens.indices.filter { parsed.tokens[$0].head == index && $0 != index }
            let subject = children.first { ["nsubj", "nsubjpass"].contains(parsed.tokens[$0].dep) }
            let object = children.first { ["dobj", "attr"].contains(parsed.tokens[$0].dep) }
            guard subject != nil || object != nil else { continue }
            clauses += 1
            let verbSpan = (token.start - parsed.start)..<(token.end - parsed.start)
            let reading = readings.first { $0.verb.overlaps(verbSpan) }
            if reading != nil { verbsFound += 1 }
            func agrees(_ expected: Int?, _ found: Range<Int>?) -> Bool {
                guard let expected else { return found == nil }
                guard let found else { return false }
                return found.overlaps(tokenRange(expected, parsed))
            }
            let subjectOK = reading.map { agrees(subject, $0.subject) } ?? false
            let objectOK = reading.map { agrees(object, $0.object) } ?? false
            if subjectOK { subjectsAgreed += 1 }
            if objectOK { objectsAgreed += 1 }
            if subjectOK && objectOK {
                agreed += 1
            } else {
                let expected = "\(text(verbRange(token, parsed))) subj=\(subject.map { text(tokenRange($0, parsed)) } ?? "-") obj=\(object.map { text(tokenRange($0, parsed)) } ?? "-")"
                let found = reading.map { "\(text($0.verb)) subj=\(text($0.subject)) obj=\(text($0.object)) [\($0.kind)]" } ?? "no clause"
                lines.append("  parser: \(expected)\n  layer:  \(found)")
            }
        }
        if !lines.isEmpty { errors.append("\(parsed.corpus) \(parsed.article) \(parsed.start): \(sentence.split(whereSeparator: \.isNewline).joined(separator: " "))\n" + lines.joined(separator: "\n")) }
    }

    private func tokenRange(_ index: Int, _ parsed: ParsedSentence) -> Range<Int> {
        (parsed.tokens[index].start - parsed.start)..<(parsed.tokens[index].end - parsed.start)
    }

    private func verbRange(_ token: ParsedToken, _ parsed: ParsedSentence) -> Range<Int> {
        (token.start - parsed.start)..<(token.end - parsed.start)
    }
}
