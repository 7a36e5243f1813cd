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

    func run() throws {
        let extractor = try Extractor.builtIn()
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
        if speed && reader.isAvailable { try timeReuters(extractor: extractor, reader: reader) }
        if failed {
            print("below the bar: figures F1 0.95 and qualifiers 95%, attribution F1 0.90, stance recall 0.80 on each part")
            throw ExitCode(1)
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
