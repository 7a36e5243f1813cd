import ClaimsNormalize
import Foundation

/// One input to ingest: a file, or standard input (`-`).
public struct IngestInput: Sendable, Equatable {
    /// The path as the user gave or the walk found it; `-` for standard input. Stored as `articles.origin`.
    public var origin: String
    public var format: DocumentFormat
    /// Standard input without `--format`: the format is read from its first bytes.
    public var sniffs: Bool

    public init(origin: String, format: DocumentFormat, sniffs: Bool = false) {
        self.origin = origin
        self.format = format
        self.sniffs = sniffs
    }

    /// The input as a stream, for JSON Lines read line by line.
    public func open() throws(IngestFailure) -> FileHandle {
        if origin == "-" { return FileHandle.standardInput }
        guard let handle = FileHandle(forReadingAtPath: origin) else {
            throw IngestFailure(origin: origin, message: FileManager.default.fileExists(atPath: origin) ? "cannot be read (permission denied?)" : "no such file")
        }
        return handle
    }

    /// The input's bytes. Standard input is read to its end. A file too large to be one
    /// article is refused before it is read (JSON Lines files hold many and may be larger).
    public func read() throws(IngestFailure) -> [UInt8] {
        if origin == "-" { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
        if format != .jsonl, let size = (try? FileManager.default.attributesOfItem(atPath: origin))?[.size] as? Int,
            size > Normalizer.maxArticleBytes
        {
            throw IngestFailure(origin: origin, message: NormalizeError.tooLarge(bytes: size, limit: Normalizer.maxArticleBytes).description)
        }
        guard let data = FileManager.default.contents(atPath: origin) else {
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: origin, isDirectory: &isDirectory) {
                throw IngestFailure(origin: origin, message: "no such file")
            }
            throw IngestFailure(origin: origin, message: "cannot be read (permission denied?)")
        }
        return [UInt8](data)
    }
}

/// One input that could not be stored, as the one line printed for it: `path: what is wrong`
/// (`path:line: what is wrong` for a line of a JSON Lines file).
public struct IngestFailure: Error, Equatable, Sendable, CustomStringConvertible {
    public var origin: String
    public var line: Int?
    public var message: String

    public init(origin: String, line: Int? = nil, message: String) {
        self.origin = origin
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(origin):\(line): \(message)" }
        return "\(origin): \(message)"
    }
}
