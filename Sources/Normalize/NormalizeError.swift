/// Why an input could not become a document. The description is one line, for stderr.
public enum NormalizeError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case binary
    case invalidUTF8(byteOffset: Int)
    case noText
    case invalidJSON(String)
    case noTextField
    case tooLarge(bytes: Int, limit: Int)
    case nestedTooDeep(limit: Int)
    case lineTooLong(limit: Int)
    case tooManyAttributes(limit: Int)

    public var description: String {
        switch self {
        case .empty: return "empty file"
        case .binary: return "binary data, not text (NUL byte found)"
        case .invalidUTF8(let offset): return "invalid UTF-8 at byte \(offset)"
        case .noText: return "no article text found"
        case .invalidJSON(let reason): return "invalid JSON: \(reason)"
        case .noTextField: return "no article text: none of the fields text, body or content is a non-empty string"
        case .tooLarge(let bytes, let limit):
            return "too large for one article (\(bytes / 1_048_576) MB; the limit is \(limit / 1_048_576) MB)"
        case .lineTooLong(let limit): return "line longer than \(limit / 1_048_576) MB, skipped without being read"
        case .tooManyAttributes(let limit): return "an HTML tag with more than \(limit) attributes; no page needs so many"
        case .nestedTooDeep(let limit): return "HTML nested \(limit) or more elements deep, deeper than can be read whole"
        }
    }
}
