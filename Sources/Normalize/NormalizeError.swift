/// Why an input could not become a document. The description is one line, for stderr.
public enum NormalizeError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case binary
    case invalidUTF8(byteOffset: Int)
    case noText
    case unsupportedFormat(String)

    public var description: String {
        switch self {
        case .empty: return "empty file"
        case .binary: return "binary data, not text (NUL byte found)"
        case .invalidUTF8(let offset): return "invalid UTF-8 at byte \(offset)"
        case .noText: return "no article text found"
        case .unsupportedFormat(let name): return "the \(name) format is not supported yet"
        }
    }
}
