/// A clean article, ready for extraction: metadata plus a body whose blocks are marked.
///
/// Every offset in a `Document` is a UTF-8 byte offset into ``body``; the extraction layer
/// converts them to Unicode scalar offsets for output, because that is what the
/// `extract` contract and the database store.
public struct Document: Sendable, Equatable {
    public var title: String?
    public var url: String?
    public var outlet: String?
    /// ISO 8601 date or date-time, as the source gave it, when it gave one.
    public var published: String?
    public var format: DocumentFormat
    /// The normalized text. Stored verbatim, and the target of every offset.
    public var body: String
    /// Paragraphs, headings, list items and boilerplate, in body order, not overlapping.
    public var blocks: [Block]
    /// Fields that have no column of their own (kept in `articles.meta`).
    public var meta: [String: String]
    /// What a user should know about how the input was read ("read as Windows-1252").
    public var warnings: [String] = []

    public init(
        title: String? = nil, url: String? = nil, outlet: String? = nil, published: String? = nil,
        format: DocumentFormat, body: String, blocks: [Block], meta: [String: String] = [:]
    ) {
        self.title = title
        self.url = url
        self.outlet = outlet
        self.published = published
        self.format = format
        self.body = body
        self.blocks = blocks
        self.meta = meta
    }

    /// The text of one block.
    public func text(of block: Block) -> Substring {
        body.utf8Slice(block.start, block.end)
    }
}

/// The input formats claimsdb reads. The raw value is what `articles.format` stores.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case text
    case markdown
    case html
    case jsonl
}
