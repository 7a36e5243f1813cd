/// A clean article, ready for extraction: metadata plus a body whose blocks are marked.
///
/// Every offset in a `Document` is a UTF-8 byte offset into ``body``; the extraction layer
/// converts them to Unicode scalar offsets for output, because that is what the
/// `extract` contract and the database store.
public struct Document: Sendable, Equatable {
    public var title: String?
    public var url: String?
    public var outlet: String?
    /// ISO 8601 date or date-time (``PublicationDate``), when the source gave a date that reads as one.
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

    /// Sets ``published`` from a date as the input wrote it. A date that cannot be read is
    /// not stored as one: it is kept in `meta` as `date_as_written`, with a warning.
    public mutating func setPublished(asWritten raw: String) {
        if let iso = PublicationDate.iso(raw) {
            published = iso
        } else {
            published = nil
            meta["date_as_written"] = raw
            warnings.append("date '\(raw.prefix(60))' is not a date claimsdb reads (ISO 8601, RFC 2822 or Unix time); stored without one")
        }
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
