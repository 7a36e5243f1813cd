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

    /// The input as a stream, for JSON Lines read line by line. A file is opened without
    /// blocking and only if it is a regular file: a FIFO would wait forever for a writer.
    public func open() throws(IngestFailure) -> FileHandle {
        if origin == "-" { return FileHandle.standardInput }
        let descriptor = Glibc.open(origin, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw IngestFailure(origin: origin, message: Self.reason(errno)) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, let kind = FileKind(mode: info.st_mode), kind == .regular else {
            let kind = fstat(descriptor, &info) == 0 ? FileKind(mode: info.st_mode) : nil
            close(descriptor)
            throw IngestFailure(origin: origin, message: "\(kind?.description ?? "not a regular file"), not a file claimsdb can read")
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// The input's bytes. A file too large to be one article is refused before it is read
    /// (JSON Lines files hold many and may be larger); standard input is read only up to that
    /// size, so that an endless stream costs no more memory than the largest article.
    public func read() throws(IngestFailure) -> [UInt8] {
        let handle = try open()
        defer { if origin != "-" { try? handle.close() } }
        if origin != "-", format != .jsonl, let size = try? handle.seekToEnd(), Int(size) > Normalizer.maxArticleBytes {
            throw IngestFailure(origin: origin, message: NormalizeError.tooLarge(bytes: Int(size), limit: Normalizer.maxArticleBytes).description)
        }
        if origin != "-" { _ = try? handle.seek(toOffset: 0) }
        return try read(from: handle, after: [])
    }

    /// The rest of a stream after the `head` already read from it, refused once it is longer
    /// than one article may be.
    public func read(from handle: FileHandle, after head: [UInt8]) throws(IngestFailure) -> [UInt8] {
        var bytes = head
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                bytes += chunk
                if bytes.count > Normalizer.maxArticleBytes {
                    throw IngestFailure(origin: origin, message: NormalizeError.tooLarge(bytes: bytes.count, limit: Normalizer.maxArticleBytes).description)
                }
            }
        } catch let failure as IngestFailure {
            throw failure
        } catch {
            throw IngestFailure(origin: origin, message: "cannot be read (\(error.localizedDescription))")
        }
        return bytes
    }

    /// Why a file could not be opened, in a few words.
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT, ENOTDIR: return "no such file"
        case EACCES, EPERM: return "cannot be read: permission denied"
        default: return "cannot be read (\(String(cString: strerror(code))))"
        }
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
