import Foundation

/// JSON Lines -> one ``Document`` per line, for dumps from scrapers and news APIs.
///
/// The text comes from `text`, `body` or `content`; the title from `title` or `headline`;
/// the URL from `url` or `link`; the date from `published`, `date`, `datePublished` or
/// `published_at`; the outlet from `outlet`, `source` or `publisher` (a string or an object
/// with a name). Every other field is kept in `meta`. A bad line is reported by its number
/// and costs only itself.
public struct JSONLinesReader: Sendable {
    let text: PlainTextNormalizer

    static let textFields = ["text", "body", "content"]
    static let titleFields = ["title", "headline"]
    static let urlFields = ["url", "link"]
    static let dateFields = ["published", "date", "datePublished", "published_at"]
    static let outletFields = ["outlet", "source", "publisher"]
    static let knownFields = Set(textFields + titleFields + urlFields + dateFields + outletFields)

    /// Calls `each` with the 1-based line number and the line's document or error. Blank
    /// lines are skipped. (Ingest streams files with its own line reader; this is for bytes
    /// already in memory.)
    public func documents(_ bytes: [UInt8], each: (Int, Result<Document, NormalizeError>) -> Void) {
        var lineNumber = 0
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: 10) ?? bytes.count
            lineNumber += 1
            let line = bytes[start..<end]
            if line.contains(where: { $0 != 32 && $0 != 9 && $0 != 13 }) {
                each(lineNumber, Result { () throws(NormalizeError) in try document(line) })
            }
            start = end + 1
        }
    }

    /// The article of the first line that is not blank.
    public func firstDocument(_ bytes: [UInt8]) throws(NormalizeError) -> Document {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 10) ?? bytes.count
            let line = bytes[start..<end]
            if line.contains(where: { $0 != 32 && $0 != 9 && $0 != 13 }) { return try document(line) }
            start = end + 1
        }
        throw .empty
    }

    /// One line's article.
    public func document(_ line: ArraySlice<UInt8>) throws(NormalizeError) -> Document {
        if line.count > Normalizer.maxArticleBytes { throw .tooLarge(bytes: line.count, limit: Normalizer.maxArticleBytes) }
        if let fields = JSONObjectScanner.fields(line) { return try document(fields) }
        return try document(Self.foundationFields(line))
    }

    /// One line's article, read by `JSONSerialization` alone: what ``document(_:)`` must
    /// equal, for the tests and the fuzz target that hold the two paths together.
    public func documentThroughFoundation(_ line: ArraySlice<UInt8>) throws(NormalizeError) -> Document {
        if line.count > Normalizer.maxArticleBytes { throw .tooLarge(bytes: line.count, limit: Normalizer.maxArticleBytes) }
        return try document(Self.foundationFields(line))
    }

    private static func foundationFields(_ line: ArraySlice<UInt8>) throws(NormalizeError) -> JSONLineFields {
        do throws(any Error) {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw NormalizeError.invalidJSON("the line is not a JSON object")
            }
            return JSONLineFields(parsed)
        } catch let error as NormalizeError {
            throw error
        } catch {
            throw .invalidJSON(Self.reason(error))
        }
    }

    private func document(_ fields: JSONLineFields) throws(NormalizeError) -> Document {
        guard let body = fields.string(Self.textFields), !body.allSatisfy(\.isWhitespace) else { throw .noTextField }
        // a byte scan: String.contains(String) goes through Foundation's locale-aware search;
        // over the bytes in one buffer, as the UTF-8 view's iterator cost four times as much
        let hasCarriageReturn = body.utf8.withContiguousStorageIfAvailable { $0.contains(13) } ?? body.utf8.contains(13)
        let normalizedBody = hasCarriageReturn ? body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : body
        var document = text.normalize(normalizedBody, detectTitle: false)
        document.format = .jsonl
        document.title = fields.string(Self.titleFields) ?? Self.numberText(fields, Self.titleFields)
        document.url = fields.string(Self.urlFields) ?? Self.numberText(fields, Self.urlFields)
        document.outlet = fields.string(Self.outletFields) ?? Self.outletFields.lazy.compactMap { fields.nestedNames[$0] }.first
        for (key, value) in fields.meta { document.meta[key] = value }
        // a number is a year (1987) or Unix time (1700000000)
        if let date = fields.string(Self.dateFields) ?? Self.numberText(fields, Self.dateFields) {
            document.setPublished(asWritten: date)
        }
        // a value of the wrong type is kept and told, never dropped
        for key in fields.nonStrings.keys.sorted() {
            guard let value = fields.nonStrings[key] else { continue }
            switch value {
            case .number:
                continue
            case .other(let kind, let json):
                document.meta[key] = json
                document.warnings.append("field '\(key)' is \(kind), not text; kept in meta")
            }
        }
        return document
    }

    /// The text of the first of `keys` that holds a number (a title `1984`, a date in Unix time).
    private static func numberText(_ fields: JSONLineFields, _ keys: [String]) -> String? {
        for key in keys {
            if case .number(let text)? = fields.nonStrings[key] { return text }
        }
        return nil
    }

    /// Foundation's parse errors, shortened to their first sentence.
    private static func reason(_ error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? error.localizedDescription
        return String(text.prefix(120))
    }
}
