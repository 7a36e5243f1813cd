import ClaimsExtract
import ClaimsNormalize

/// An article already normalized and extracted, ready to be stored as `ingest` stores it:
/// for callers that extract elsewhere, and for measuring the write path alone.
public struct ExtractedArticle: Sendable {
    /// The article as normalized.
    public var document: Document { prepared.document }
    public var claims: [Claim]
    public var origin: String
    /// The line of a JSON Lines file, or nil.
    public var line: Int?
    /// The column values computed before storing (fingerprint, meta and blocks JSON), as the
    /// reading threads compute them in `ingest`.
    let prepared: PreparedArticle
    /// What `articles.sha256` will hold (computed here, not while storing).
    public var digest: String { prepared.digest }

    public init(document: Document, claims: [Claim], origin: String, line: Int? = nil) {
        self.claims = claims
        self.origin = origin
        self.line = line
        prepared = PreparedArticle(document)
    }

    /// The value of `articles.blocks`.
    public var blocksJSON: String { prepared.blocks }

    /// The value of `articles.meta`, or nil.
    public var metaJSON: String? { prepared.meta }
}
