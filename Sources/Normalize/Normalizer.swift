import ClaimsSeeds

/// Bytes of one input -> ``Document``, choosing the reader by format.
///
/// This is the one entry point of the normalize layer: the store and the CLI hand it bytes
/// and a format, and get back a document or a ``NormalizeError`` that says, in one line,
/// what is wrong with the input.
public struct Normalizer: Sendable {
    let text: PlainTextNormalizer
    let markdown: MarkdownNormalizer
    let html: HTMLNormalizer

    public init(vocabulary: TextVocabulary) {
        text = PlainTextNormalizer(vocabulary: vocabulary)
        markdown = MarkdownNormalizer(vocabulary: vocabulary)
        html = HTMLNormalizer(vocabulary: vocabulary)
    }

    /// A normalizer with the vocabulary compiled into the binary.
    public static func builtIn() throws -> Normalizer {
        Normalizer(vocabulary: try SeedVocabularies.builtIn().text)
    }

    public func normalize(_ bytes: [UInt8], format: DocumentFormat) throws(NormalizeError) -> Document {
        let document: Document
        if bytes.count > Self.maxArticleBytes { throw .tooLarge(bytes: bytes.count, limit: Self.maxArticleBytes) }
        var warnings: [String] = []
        switch format {
        case .text, .markdown:
            let decoded = try TextDecoding.decodeReporting(bytes)
            if let fallback = decoded.fallback { warnings.append(fallback) }
            document = format == .text ? text.normalize(decoded.text) : markdown.normalize(decoded.text)
        case .html:
            if TextDecoding.hasUTF16ByteOrderMark(bytes) {
                // libxml2 would read it, but the NUL check below cannot tell it from binary data
                document = try html.normalize(Array(try TextDecoding.decode(bytes).utf8), transcoded: true)
            } else {
                if bytes.contains(0) { throw .binary }
                document = try html.normalize(bytes)
            }
        case .jsonl:
            // one article: the first line; ingest streams JSON Lines line by line
            if var utf16 = UTF16StreamDecoder(startingWith: bytes) {
                document = try jsonLines.firstDocument(utf16.decode(bytes, isFirst: true) + utf16.finish())
            } else {
                document = try jsonLines.firstDocument(bytes)
            }
        }
        guard document.blocks.contains(where: { $0.kind.carriesClaims || $0.kind == .heading }) else { throw .noText }
        var result = document
        result.warnings += warnings
        return result
    }

    /// The plain-text reader, for text that is already stored.
    public var plainText: PlainTextNormalizer { text }

    /// Reads JSON Lines, one article a line, handing each line's document or error to `each`.
    public var jsonLines: JSONLinesReader { JSONLinesReader(text: text) }

    /// The largest article claimsdb reads: larger inputs are refused, not truncated.
    public static let maxArticleBytes = 64 * 1_048_576

    /// The format the first bytes suggest (UTF-8, or UTF-16 after its byte order mark): `<`
    /// opens HTML, `{` JSON Lines, `---` or `#` Markdown; anything else is text.
    public static func format(sniffing bytes: ArraySlice<UInt8>) -> DocumentFormat {
        if var utf16 = UTF16StreamDecoder(startingWith: bytes) { return format(sniffing: utf16.decode(bytes, isFirst: true)[...]) }
        var start = bytes.startIndex
        if bytes.count >= 3, bytes[start] == 0xEF, bytes[start + 1] == 0xBB, bytes[start + 2] == 0xBF { start += 3 }
        guard let first = bytes[start...].first(where: { $0 != 32 && $0 != 9 && $0 != 10 && $0 != 13 }) else { return .text }
        switch first {
        case UInt8(ascii: "<"): return .html
        case UInt8(ascii: "{"): return .jsonl
        case UInt8(ascii: "#"): return .markdown
        case UInt8(ascii: "-") where bytes[start...].starts(with: Array("---\n".utf8)): return .markdown
        default: return .text
        }
    }

    /// The format a path's extension names, if any: `.md`/`.markdown`, `.txt`/`.text`,
    /// `.html`/`.htm`, `.jsonl`/`.ndjson`.
    public static func format(forExtension ext: String) -> DocumentFormat? {
        switch ext.lowercased() {
        case "txt", "text": return .text
        case "md", "markdown", "mdown": return .markdown
        case "html", "htm", "xhtml": return .html
        case "jsonl", "ndjson": return .jsonl
        default: return nil
        }
    }
}
