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
        switch format {
        case .text: document = text.normalize(try TextDecoding.decode(bytes))
        case .markdown: document = markdown.normalize(try TextDecoding.decode(bytes))
        case .html:
            if bytes.contains(0) { throw .binary }
            document = try html.normalize(bytes)
        case .jsonl: throw .unsupportedFormat(format.rawValue)
        }
        guard document.blocks.contains(where: { $0.kind.carriesClaims || $0.kind == .heading }) else { throw .noText }
        return document
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
