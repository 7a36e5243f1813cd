import Foundation

/// What a `--db` path must be: a file SQLite keeps on disk. SQLite reads `:memory:` and
/// `file:` names as instructions (a database that vanishes on exit, URI options that turn
/// locking off), so an ingest into them would report rows it never saved; and opening a FIFO
/// blocks forever. Every such path is refused before SQLite sees it.
enum DatabasePath {
    /// Throws unless `path` names a regular file, or a file that can be created in an existing folder.
    static func check(_ path: String) throws(StoreError) {
        if path.isEmpty { throw .notAFile(path: path, reason: "an empty path names no file") }
        if path == ":memory:" {
            throw .notAFile(path: path, reason: "an in-memory database would be lost when claimsdb exits; name a file")
        }
        if path.hasPrefix("file:") {
            throw .notAFile(path: path, reason: "claimsdb takes a file path, not an SQLite URI (write ./\(path) for a file of that name)")
        }
        var info = stat()
        guard stat(path, &info) == 0 else {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) || !isDirectory.boolValue {
                throw .noFolder(path: path)
            }
            return
        }
        if let kind = FileKind(mode: info.st_mode), kind != .regular {
            throw .notAFile(path: path, reason: "\(kind.description), not a database file")
        }
    }
}

/// The kinds of file `stat` tells apart, named for messages.
enum FileKind: Equatable, CustomStringConvertible {
    case regular, folder, fifo, characterDevice, blockDevice, socket, symbolicLink

    init?(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .folder
        case S_IFIFO: self = .fifo
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFSOCK: self = .socket
        case S_IFLNK: self = .symbolicLink
        default: return nil
        }
    }

    var description: String {
        switch self {
        case .regular: return "a regular file"
        case .folder: return "a folder"
        case .fifo: return "a FIFO (named pipe)"
        case .characterDevice: return "a character device"
        case .blockDevice: return "a block device"
        case .socket: return "a socket"
        case .symbolicLink: return "a symbolic link"
        }
    }
}
