import ClaimsNormalize

/// An article read ahead of being stored: the document, or why it could not be read.
struct ParsedArticle: Sendable {
    var origin: String
    /// The line of a JSON Lines file; nil for a file read whole.
    var line: Int?
    /// Input bytes this article accounts for, for progress and MB/s.
    var size: Int
    var result: Result<PreparedArticle, NormalizeError>
}

/// A document with the column values that cost time to compute (its fingerprint, the JSON of
/// its metadata and blocks), computed on the reading threads so that the one writer only writes.
struct PreparedArticle: Sendable {
    var document: Document
    /// `articles.sha256`: see ``Ingestor/fingerprint(_:)``.
    var digest: String
    /// `articles.meta`, or nil.
    var meta: String?
    /// `articles.blocks`.
    var blocks: String

    init(_ document: Document) {
        self.document = document
        digest = Ingestor.fingerprint(document)
        meta = ArticleWriter.meta(document)
        blocks = StoredBlocks.encode(document.blocks)
    }
}
