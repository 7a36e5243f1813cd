/// One clause as the clause layer reads it, in Unicode scalar offsets into the text it was
/// given: for measuring the layer against a parser (`make eval`) and for looking at why a
/// figure, a source or a stance was read the way it was.
public struct ClauseReading: Sendable, Equatable {
    /// The verb group's head ("rose" in "has risen"... "risen"), as a range of the text.
    public var verb: Range<Int>
    /// The head of the subject written in the clause: "output" in "Sugar output in Brazil".
    public var subject: Range<Int>?
    /// The head of the object, or of the noun complement after a copula.
    public var object: Range<Int>?
    /// main, subordinate, relative, coordinated or non-finite.
    public var kind: String
}

extension Extractor {
    /// The clauses of `text`, read as one sentence.
    public func clauseReadings(of text: String) -> [ClauseReading] {
        let bytes = Array(text.utf8)
        let offsets = ScalarOffsets(bytes)
        let tokens = Tokenizer.tokens(bytes, from: 0, to: bytes.count, words: lexicon.words)
        let structure = clauseParser.structure(of: tokens)
        func range(_ token: Int) -> Range<Int> {
            offsets.scalar(atByte: tokens[token].start)..<offsets.scalar(atByte: tokens[token].end)
        }
        return structure.clauses.map { clause in
            let group = structure.groups[clause.verb]
            let subject = clause.subject.map { structure.phrases[$0].head } ?? clause.relativeSubject
            return ClauseReading(verb: range(group.head), subject: subject.map(range),
                                 object: clause.objectIsMeasure ? nil : clause.object.map { range(structure.phrases[$0].head) }, kind: "\(clause.kind)")
        }
    }
}

extension Extractor {
    /// The clause layer's reading of `text` as lines a developer can read: each token with its
    /// class, then the phrases, verb groups and clauses. For debugging rules, not a format.
    public func describeClauses(of text: String) -> String {
        let bytes = Array(text.utf8)
        let tokens = Tokenizer.tokens(bytes, from: 0, to: bytes.count, words: lexicon.words)
        let structure = clauseParser.structure(of: tokens)
        func words(_ range: Range<Int>) -> String { tokens[range].writtenText }
        var lines = [zip(tokens, structure.tags).map { "\($0.text)/\($1.wordClass)\($1.verbForm == .none ? "" : ".\($1.verbForm)")" }.joined(separator: " ")]
        for (index, phrase) in structure.phrases.enumerated() {
            var line = "NP\(index) [\(words(phrase.range))] head=\(tokens[phrase.head].text)"
            if let possessor = phrase.possessor { line += " of=NP\(possessor)" }
            if !phrase.conjuncts.isEmpty { line += " conj=" + phrase.conjuncts.map { "NP\($0)" }.joined(separator: ",") }
            if let apposition = phrase.apposition { line += " appos=NP\(apposition)" }
            lines.append(line)
        }
        for pp in structure.prepositions {
            lines.append("PP \(tokens[pp.preposition].text) \(pp.object.map { "NP\($0)" } ?? "-") -> \(pp.attachment)")
        }
        for clause in structure.clauses {
            let group = structure.groups[clause.verb]
            lines.append("\(clause.kind): [\(words(group.range))] head=\(tokens[group.head].text) \(group.form)\(group.passive ? " passive" : "")"
                + " subj=\(clause.subject.map { "NP\($0)" } ?? clause.relativeSubject.map { tokens[$0].text } ?? "-")"
                + " shared=\(clause.sharedSubject.map { "NP\($0)" } ?? "-") obj=\(clause.object.map { "NP\($0)" } ?? "-")\(clause.objectIsMeasure ? " (measure)" : "")"
                + (clause.adjectiveComplement.map { " acomp=\(tokens[$0].text)" } ?? ""))
        }
        return lines.joined(separator: "\n")
    }
}

extension Extractor {
    /// Each token of `text` with the word class the clause layer gave it ("noun", "verb"),
    /// in Unicode scalar offsets: for measuring the tagger against a parser's tags.
    public func wordClasses(of text: String) -> [(range: Range<Int>, wordClass: String)] {
        let bytes = Array(text.utf8)
        let offsets = ScalarOffsets(bytes)
        let tokens = Tokenizer.tokens(bytes, from: 0, to: bytes.count, words: lexicon.words)
        let tags = clauseParser.tagger.tag(tokens)
        return zip(tokens, tags).map { token, tag in
            (offsets.scalar(atByte: token.start)..<offsets.scalar(atByte: token.end), "\(tag.wordClass)")
        }
    }
}
