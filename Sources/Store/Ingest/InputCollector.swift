import ClaimsNormalize
import Foundation

/// Turns the paths a user names into inputs: files as they are, folders walked recursively,
/// `-` for standard input.
///
/// In a folder, hidden files and files that are not articles (README, SOURCE, LICENSE, and
/// extensions claimsdb does not read) are skipped, each with a reason for `--verbose`.
public struct InputCollector: Sendable {
    /// Overrides detection by extension for every input.
    public var format: DocumentFormat?

    public init(format: DocumentFormat? = nil) {
        self.format = format
    }

    public struct Collection: Sendable {
        public var inputs: [IngestInput] = []
        public var skipped: [(path: String, reason: String)] = []
        public var failures: [IngestFailure] = []

        /// The inputs' combined size, when every one is a file.
        public var totalBytes: Int? {
            var total = 0
            for input in inputs {
                guard input.origin != "-", let size = (try? FileManager.default.attributesOfItem(atPath: input.origin))?[.size] as? Int else { return nil }
                total += size
            }
            return total
        }
    }

    /// The format of a file without a known extension, from its first kilobyte.
    static func sniff(_ path: String) -> DocumentFormat {
        guard let handle = FileHandle(forReadingAtPath: path) else { return .text }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 1024)) ?? Data()
        return Normalizer.format(sniffing: [UInt8](head)[...])
    }

    private static let notArticles: Set<String> = ["readme", "source", "license", "licence", "copying", "changelog", "notice", "authors"]

    public func collect(_ paths: [String]) -> Collection {
        var collection = Collection()
        var visited = VisitedFolders()
        for path in paths {
            if path == "-" {
                collection.inputs.append(IngestInput(origin: "-", format: format ?? .text, sniffs: format == nil))
                continue
            }
            var info = stat()
            guard stat(path, &info) == 0 else {
                let message = errno == ENOENT || errno == ENOTDIR ? "no such file or folder" : "cannot be read (\(String(cString: strerror(errno))))"
                collection.failures.append(IngestFailure(origin: path, message: message))
                continue
            }
            switch FileKind(mode: info.st_mode) {
            case .folder:
                if visited.enter(info) { walk(path, visited: &visited, into: &collection) }
            case .regular:
                let ext = (path as NSString).pathExtension
                collection.inputs.append(IngestInput(origin: path, format: format ?? Normalizer.format(forExtension: ext) ?? Self.sniff(path)))
            case let kind:
                // opening a FIFO or a device would block or never end
                let what = kind.map(\.description) ?? "not a regular file"
                collection.failures.append(IngestFailure(origin: path, message: "\(what), not a file claimsdb can read"))
            }
        }
        return collection
    }

    /// The real folders a walk has entered, by device and inode: a symbolic link back up the
    /// tree (`self -> .`) is then entered once, not until the path grows too long.
    struct VisitedFolders {
        private var seen: Set<FolderID> = []

        struct FolderID: Hashable {
            var device: UInt64
            var inode: UInt64
        }

        /// True the first time a folder is seen.
        mutating func enter(_ info: stat) -> Bool {
            seen.insert(FolderID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted
        }
    }

    /// Reads a folder already entered in `visited`.
    private func walk(_ folder: String, visited: inout VisitedFolders, into collection: inout Collection) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            collection.failures.append(IngestFailure(origin: folder, message: "folder cannot be read"))
            return
        }
        for name in names.sorted() {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            if name.hasPrefix(".") {
                collection.skipped.append((path, "hidden"))
                continue
            }
            var entry = stat()
            guard stat(path, &entry) == 0 else {
                collection.skipped.append((path, "a broken symbolic link"))
                continue
            }
            switch FileKind(mode: entry.st_mode) {
            case .folder:
                if visited.enter(entry) {
                    walk(path, visited: &visited, into: &collection)
                } else {
                    collection.skipped.append((path, "a folder already read (a symbolic link)"))
                }
                continue
            case .regular:
                break
            case let kind:
                collection.skipped.append((path, kind.map(\.description) ?? "not a regular file"))
                continue
            }
            let stem = ((name as NSString).deletingPathExtension).lowercased()
            if Self.notArticles.contains(stem) {
                collection.skipped.append((path, "not an article (\(name))"))
                continue
            }
            let ext = (name as NSString).pathExtension
            guard let detected = format ?? Normalizer.format(forExtension: ext) else {
                collection.skipped.append((path, ext.isEmpty ? "no extension" : "unknown extension .\(ext)"))
                continue
            }
            collection.inputs.append(IngestInput(origin: path, format: detected))
        }
    }
}
