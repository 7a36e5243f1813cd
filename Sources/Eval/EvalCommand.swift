import ArgumentParser
import ClaimsExtract
import ClaimsNormalize
import ClaimsSeeds
import Foundation

/// `claimsdb-eval`: precision, recall and F1 of the extractor on the labelled sets, and its
/// speed over Reuters-21578.
@main
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimsdb-eval",
        abstract: "Score the extractor on the labelled sets of Tests/Eval (see docs/labelling.md).")

    @Option(help: "The folder of label files.")
    var labels = "Tests/Eval"

    @Option(help: "The corpora the corpus labels point into.")
    var corpora = "../shared/corpora"

    @Flag(help: "List every sentence the extractor got wrong.")
    var errors = false

    @Flag(help: "Also time extraction over all of Reuters-21578.")
    var speed = false

    /// A part of the blind sets whose sealed half can be scored on its own, so that scoring one
    /// piece of work spends no other's sealed half.
    enum SealedPart: String, ExpressibleByArgument, CaseIterable {
        /// Clause heads and what figures measure (the figure rounds and their parses).
        case figures
        /// Attribution to anyone.
        case attribution
    }

    @Option(help: "Also score the sealed half of these blind sets: figures, attribution (repeatable; once, at the end of a piece of work; see docs/labelling.md).")
    var sealed: [SealedPart] = []

    @Option(help: "Print the clause layer's reading of this sentence and stop (for debugging rules).")
    var parse: String?

    func run() throws {
        let extractor = try Extractor.builtIn()
        if let parse {
            print(extractor.describeClauses(of: parse))
            for claim in extractor.claims(in: document(parse, published: nil)) {
                for source in claim.sources {
                    print("source: \(source.role.rawValue) \(source.key) '\(source.name)' \(source.kind?.rawValue ?? "registry")"
                          + (source.title.map { " title '\($0)'" } ?? "") + (source.speaker.map { " speaker '\($0)'" } ?? "") + (source.verb.map { " by '\($0)'" } ?? ""))
                }
            }
            return
        }
        let reader = CorpusReader(root: URL(fileURLWithPath: corpora))
        var failed = false
        for (name, prefix) in [("figures", "figures-"), ("attribution and stances", "attribution-")] {
            for part in ["written", "corpus"] {
                let files = try labelFiles(prefix: prefix + part)
                guard !files.isEmpty else {
                    print("\(name), \(part): no label files")
                    continue
                }
                if part == "corpus" && !reader.isAvailable {
                    print("\(name), \(part): skipped, \(corpora) is absent")
                    continue
                }
                let labelled = try files.flatMap(load)
                if prefix == "figures-" {
                    failed = try scoreFigures(labelled, part: part, extractor: extractor, reader: reader) || failed
                } else {
                    failed = try scoreAttribution(labelled, part: part, extractor: extractor, reader: reader) || failed
                }
            }
        }
        if reader.isAvailable {
            for half in ["dev", "sealed"] {
                if half == "dev" || sealed.contains(.figures) {
                    try scoreClauses(half: half, extractor: extractor, reader: reader)
                    try scoreBlindFigures(half: half, extractor: extractor, reader: reader)
                }
                if half == "dev" || sealed.contains(.attribution) { try scoreBlindAttribution(half: half, extractor: extractor, reader: reader) }
            }
        }
        if speed && reader.isAvailable { try timeReuters(extractor: extractor, reader: reader) }
        if failed {
            print("below the bar: figures F1 0.95 and qualifiers 95%, attribution F1 0.90, stance recall 0.80 on each part")
            throw ExitCode(1)
        }
    }

    /// Metric, place and period of figures on one half of the blind figure sets, each article
    /// read whole as ingest reads it.
    private func scoreBlindFigures(half: String, extractor: Extractor, reader: CorpusReader) throws {
        let folder = URL(fileURLWithPath: labels).appendingPathComponent("blind/\(half)")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix("figures-") }.sorted()
        guard !names.isEmpty else { return }
        let normalizer = try Normalizer.builtIn()
        var scorer = BlindFigureScorer()
        var scorersByFile: [BlindFigureScorer] = []
        var claimsByArticle: [String: [Claim]] = [:]
        for name in names {
            var fileScorer = BlindFigureScorer()
            defer { scorersByFile.append(fileScorer) }
            for label in try load(folder.appendingPathComponent(name)) {
                guard let corpus = label.corpus, let article = label.article else { continue }
                let key = corpus + "/" + article
                if claimsByArticle[key] == nil {
                    claimsByArticle[key] = extractor.claims(in: try reader.document(corpus: corpus, article: article, normalizer: normalizer))
                }
                let figures = (claimsByArticle[key] ?? []).flatMap(\.figures)
                let sentence = try reader.sentence(label)
                scorer.add(label, sentence: sentence, extracted: figures)
                fileScorer.add(label, sentence: sentence, extracted: figures)
            }
        }
        let line = { (name: String, scorer: BlindFigureScorer) in
            String(format: "%@: %d labelled, %d found; metric key on %.1f%% of those that measure something (%d), right key %.1f%% where the vocabulary has it (%d), place right %.1f%% (%d), period right %.1f%% (%d)",
                   name, scorer.labelled, scorer.matched, scorer.keyed.value * 100, scorer.keyed.total, scorer.rightKey.value * 100,
                   scorer.rightKey.total, scorer.places.value * 100, scorer.places.total, scorer.periods.value * 100, scorer.periods.total)
        }
        print(line("figures, blind \(half) half", scorer))
        if names.count > 1 { for (name, fileScorer) in zip(names, scorersByFile) { print("  " + line(name, fileScorer)) } }
        if errors && half == "dev" { scorer.errors.forEach { print($0) } }
    }

    /// Attribution to anyone on one half of the blind attribution sets, each article read
    /// whole as ingest reads it, so that "the ministry said" can resolve to a ministry named
    /// before.
    private func scoreBlindAttribution(half: String, extractor: Extractor, reader: CorpusReader) throws {
        let folder = URL(fileURLWithPath: labels).appendingPathComponent("blind/\(half)")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix("attribution-") }.sorted()
        guard !names.isEmpty else { return }
        var keys: [String: String] = [:]
        for source in try SeedVocabularies.builtIn().sources {
            for name in source.aliases + [source.name, source.key] { keys[BlindAttributionScorer.normalized(name)] = source.key }
        }
        let normalizer = try Normalizer.builtIn()
        var scorer = BlindAttributionScorer(sourceKeys: keys)
        var claimsByArticle: [String: [Claim]] = [:]
        for name in names {
            for label in try load(folder.appendingPathComponent(name)) {
                guard let corpus = label.corpus, let article = label.article, let start = label.start, let end = label.end else { continue }
                let key = corpus + "/" + article
                if claimsByArticle[key] == nil {
                    claimsByArticle[key] = extractor.claims(in: try reader.document(corpus: corpus, article: article, normalizer: normalizer))
                }
                let citations = (claimsByArticle[key] ?? []).filter { $0.start < end && start < $0.end }.flatMap(\.sources)
                scorer.add(label, sentence: try reader.sentence(label), citations: citations)
            }
        }
        let line = { (name: String, score: Score) in
            String(format: "%@ precision %.3f, recall %.3f, F1 %.3f (%d right, %d extra, %d missed)",
                   name, score.precision, score.recall, score.f1, score.truePositives, score.falsePositives, score.falseNegatives)
        }
        print("attribution, blind \(half) half: \(scorer.sentences) sentences;" + line(" anyone", scorer.all) + ";" + line(" registry sources", scorer.registry)
              + String(format: "; mentions F1 %.3f", scorer.mentions.f1))
        if errors && half == "dev" { scorer.errors.forEach { print($0) } }
    }

    /// The clause layer against the parser's subject and object heads, on one half of the
    /// blind sets of parsed sentences (`parses-spacy*.jsonl`).
    private func scoreClauses(half: String, extractor: Extractor, reader: CorpusReader) throws {
        let folder = URL(fileURLWithPath: labels).appendingPathComponent("blind/\(half)")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix("parses-spacy") }.sorted()
        let lines = names.compactMap { FileManager.default.contents(atPath: folder.appendingPathComponent($0).path) }
            .flatMap { $0.split(separator: UInt8(ascii: "\n")) }
        guard !lines.isEmpty else { return }
        var scorer = ClauseScorer()
        var sentences = 0
        for line in lines where !line.isEmpty {
            let parsed = try JSONDecoder().decode(ClauseScorer.ParsedSentence.self, from: Data(line))
            let text = try reader.articleText(corpus: parsed.corpus, article: parsed.article)
            let scalars = Array(text.unicodeScalars)
            guard parsed.start >= 0, parsed.end <= scalars.count else { throw CorpusReader.Failure.badOffsets(parsed.article) }
            let sentence = String(String.UnicodeScalarView(scalars[parsed.start..<parsed.end]))
            scorer.add(parsed, sentence: sentence, readings: extractor.clauseReadings(of: sentence))
            if errors && half == "dev" { scorer.compareTags(parsed, sentence: sentence, classes: extractor.wordClasses(of: sentence)) }
            sentences += 1
        }
        let share = { (count: Int) in scorer.clauses == 0 ? 0 : Double(count) / Double(scorer.clauses) * 100 }
        print(String(format: "clauses, %@ half: %d sentences, %d parser clauses: subject and object heads agree %.1f%% (subjects %.1f%%, objects %.1f%%, verb found %.1f%%)",
                     half, sentences, scorer.clauses, scorer.agreement * 100, share(scorer.subjectsAgreed), share(scorer.objectsAgreed), share(scorer.verbsFound)))
        if errors && half == "dev" {
            print("word classes against the parser's tags (parser tag -> layer class: count), most common disagreements:")
            for (pair, count) in scorer.tagConfusions.sorted(by: { $0.value > $1.value }).prefix(30) {
                print("  \(pair): \(count)  " + (scorer.tagExamples[pair] ?? []).prefix(25).joined(separator: " "))
            }
            scorer.errors.forEach { print($0) }
        }
    }

    /// Prints the figure scores of one part; true when below the bar (F1 0.95, qualifiers 95%).
    private func scoreFigures(_ labelled: [LabelledSentence], part: String, extractor: Extractor, reader: CorpusReader) throws -> Bool {
        var scorer = FigureScorer()
        for label in labelled {
            let sentence = try text(of: label, reader: reader)
            let figures = extractor.claims(in: document(sentence, published: label.published)).flatMap(\.figures)
            scorer.add(label, sentence: sentence, extracted: figures)
        }
        print(String(format: "figures, %@: %d sentences, precision %.3f, recall %.3f, F1 %.3f; qualifiers %.1f%% right (%d), periods %.1f%% right",
                     part, labelled.count, scorer.score.precision, scorer.score.recall, scorer.score.f1,
                     scorer.qualifiers.value * 100, scorer.qualifiers.total, scorer.periods.value * 100))
        if errors { scorer.errors.forEach { print($0) } }
        return scorer.score.f1 < 0.95 || scorer.qualifiers.value < 0.95
    }

    /// Prints attribution and stance scores; true when below the bar (attribution F1 0.90,
    /// stance recall 0.80).
    private func scoreAttribution(_ labelled: [LabelledSentence], part: String, extractor: Extractor, reader: CorpusReader) throws -> Bool {
        var keys: [String: String] = [:]
        for source in try SeedVocabularies.builtIn().sources {
            for name in source.aliases + [source.name, source.key] { keys[name.lowercased()] = source.key }
        }
        var scorer = AttributionScorer(sourceKeys: keys)
        for label in labelled {
            let sentence = try text(of: label, reader: reader)
            scorer.add(label, sentence: sentence, claims: extractor.claims(in: document(sentence, published: label.published)))
        }
        print(String(format: "attribution, %@: %d sentences, precision %.3f, recall %.3f, F1 %.3f; mentions F1 %.3f",
                     part, labelled.count, scorer.attribution.precision, scorer.attribution.recall, scorer.attribution.f1,
                     scorer.mentions.f1))
        print(String(format: "stances, %@: precision %.3f, recall %.3f, F1 %.3f",
                     part, scorer.stances.precision, scorer.stances.recall, scorer.stances.f1))
        if errors { scorer.errors.forEach { print($0) } }
        return scorer.attribution.f1 < 0.90 || scorer.stances.recall < 0.80
    }

    /// Normalize and extract every Reuters article; MB/s of text through both stages.
    private func timeReuters(extractor: Extractor, reader: CorpusReader) throws {
        let articles = try reader.reutersArticles()
        let normalizer = try Normalizer.builtIn()
        let inputs = articles.map { Array($0.text.utf8) }
        let bytes = inputs.reduce(0) { $0 + $1.count }
        let started = Date()
        var figures = 0
        for input in inputs {
            guard let document = try? normalizer.normalize(input, format: .text) else { continue }
            figures += extractor.claims(in: document).reduce(0) { $0 + $1.figures.count }
        }
        let seconds = Date().timeIntervalSince(started)
        print(String(format: "speed: normalize + extract over Reuters-21578: %d articles, %.1f MB in %.2f s = %.1f MB/s on one core (%d figures)",
                     articles.count, Double(bytes) / 1_048_576, seconds, Double(bytes) / 1_048_576 / seconds, figures))
    }

    private func labelFiles(prefix: String) throws -> [URL] {
        let folder = URL(fileURLWithPath: labels)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".jsonl") }.sorted().map { folder.appendingPathComponent($0) }
    }

    private func load(_ url: URL) throws -> [LabelledSentence] {
        let data = try Data(contentsOf: url)
        var sentences: [LabelledSentence] = []
        for (index, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() where !line.isEmpty {
            do {
                sentences.append(try JSONDecoder().decode(LabelledSentence.self, from: Data(line)))
            } catch {
                throw ValidationError("\(url.path):\(index + 1): \(error)")
            }
        }
        return sentences
    }

    private func text(of label: LabelledSentence, reader: CorpusReader) throws -> String {
        if let sentence = label.sentence { return sentence }
        return try reader.sentence(label)
    }

    /// The sentence alone as a one-paragraph document.
    private func document(_ sentence: String, published: String?) -> Document {
        Document(published: published, format: .text, body: sentence,
                 blocks: [Block(kind: .paragraph, start: 0, end: sentence.utf8.count)])
    }
}
