import ClaimsNormalize
import Foundation

/// Finds the text a corpus label points into, reading `../shared/corpora` lazily and once.
final class CorpusReader {
    let root: URL
    private var reuters: [String: (text: String, published: String?)]?
    /// Each Reuters article's JSON line, for reading it as ingest does.
    private var reutersLines: [String: [UInt8]] = [:]
    private var agNews: [[String]]?

    init(root: URL) {
        self.root = root
    }

    var isAvailable: Bool { FileManager.default.fileExists(atPath: root.path) }

    enum Failure: Error, CustomStringConvertible {
        case missing(String)
        case badOffsets(String)
        case malformed(String)
        var description: String {
            switch self {
            case .missing(let what): return "not found: \(what)"
            case .badOffsets(let what): return "offsets out of range: \(what)"
            case .malformed(let what): return "malformed: \(what)"
            }
        }
    }

    /// The labelled sentence's text: `text[start..<end]` in Unicode scalars.
    func sentence(_ label: LabelledSentence) throws -> String {
        guard let corpus = label.corpus, let article = label.article, let start = label.start, let end = label.end else {
            throw Failure.missing(label.locator)
        }
        let text = try articleText(corpus: corpus, article: article)
        let scalars = Array(text.unicodeScalars)
        guard start >= 0, end <= scalars.count, start < end else { throw Failure.badOffsets(label.locator) }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    func articleText(corpus: String, article: String) throws -> String {
        switch corpus {
        case "reuters21578":
            if reuters == nil { reuters = try loadReuters() }
            guard let found = reuters?[article] else { throw Failure.missing("reuters21578 \(article)") }
            return found.text
        case "bbc-news":
            let url = root.appendingPathComponent("bbc-news").appendingPathComponent(article)
            guard let data = FileManager.default.contents(atPath: url.path) else { throw Failure.missing(url.path) }
            return String(decoding: data, as: UTF8.self)
        case "ag-news":
            if agNews == nil { agNews = try loadAGNews() }
            guard let row = Int(article), let rows = agNews, row >= 1, row <= rows.count, rows[row - 1].count >= 3 else {
                throw Failure.missing("ag-news row \(article)")
            }
            return rows[row - 1][2]
        default:
            throw Failure.missing("corpus \(corpus)")
        }
    }

    /// The article as `claimsdb ingest` reads it: a Reuters article from its JSON line (title,
    /// date and dateline included), a BBC file as text, an AG News row as its description.
    func document(corpus: String, article: String, normalizer: Normalizer) throws -> Document {
        switch corpus {
        case "reuters21578":
            if reuters == nil { reuters = try loadReuters() }
            guard let line = reutersLines[article] else { throw Failure.missing("reuters21578 \(article)") }
            return try normalizer.jsonLines.document(line[...])
        case "bbc-news":
            let url = root.appendingPathComponent("bbc-news").appendingPathComponent(article)
            guard let data = FileManager.default.contents(atPath: url.path) else { throw Failure.missing(url.path) }
            return try normalizer.normalize([UInt8](data), format: .text)
        default:
            let text = try articleText(corpus: corpus, article: article)
            return normalizer.plainText.normalize(text, detectTitle: false)
        }
    }

    /// Every Reuters article, for timing extraction over the whole corpus.
    func reutersArticles() throws -> [(id: String, text: String, published: String?)] {
        if reuters == nil { reuters = try loadReuters() }
        return (reuters ?? [:]).map { ($0.key, $0.value.text, $0.value.published) }.sorted { $0.id < $1.id }
    }

    private func loadReuters() throws -> [String: (text: String, published: String?)] {
        let url = root.appendingPathComponent("reuters21578/articles.jsonl")
        guard let data = FileManager.default.contents(atPath: url.path) else { throw Failure.missing(url.path) }
        var articles: [String: (String, String?)] = [:]
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            guard let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let id = object["id"] as? String, let text = object["text"] as? String
            else { continue }
            articles[id] = (text, object["published"] as? String)
            reutersLines[id] = Array(line)
        }
        return articles
    }

    private func loadAGNews() throws -> [[String]] {
        let url = root.appendingPathComponent("ag-news/test.csv")
        guard let data = FileManager.default.contents(atPath: url.path) else { throw Failure.missing(url.path) }
        switch CSVReader.records(String(decoding: data, as: UTF8.self)) {
        case .success(let records): return records.map(\.cells)
        case .failure(let unclosed): throw Failure.malformed("\(url.path):\(unclosed.line): a quote is never closed")
        }
    }
}
