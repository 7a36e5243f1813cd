/// A span of a document's body with the role it plays in the page.
///
/// Only ``BlockKind/paragraph`` and ``BlockKind/listItem`` blocks can yield claims:
/// titles, headings and boilerplate never do.
public struct Block: Sendable, Equatable {
    public var kind: BlockKind
    /// UTF-8 byte offset of the first byte, into `Document.body`.
    public var start: Int
    /// UTF-8 byte offset one past the last byte.
    public var end: Int

    public init(kind: BlockKind, start: Int, end: Int) {
        self.kind = kind
        self.start = start
        self.end = end
    }
}

public enum BlockKind: String, Sendable, Equatable {
    case title
    case heading
    case paragraph
    case listItem = "list_item"
    /// Navigation, breadcrumbs, "Read Next", "Follow us on:" and the like.
    case boilerplate

    /// Whether sentences in such a block may become claims.
    public var carriesClaims: Bool { self == .paragraph || self == .listItem }
}
