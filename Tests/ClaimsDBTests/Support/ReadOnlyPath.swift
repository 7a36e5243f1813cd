import Foundation

/// Makes a file or folder read-only for the length of a test. Permission bits do not stop
/// root, so as root the immutable attribute (`chattr +i`) is set as well.
struct ReadOnlyPath {
    let url: URL
    let isFolder: Bool

    init(_ url: URL, isFolder: Bool) throws {
        self.url = url
        self.isFolder = isFolder
        try FileManager.default.setAttributes([.posixPermissions: isFolder ? 0o555 : 0o444], ofItemAtPath: url.path)
        if geteuid() == 0 { Self.chattr("+i", url.path) }
    }

    /// Whether a write would really be refused here.
    var holds: Bool {
        if isFolder {
            let probe = url.appendingPathComponent("probe")
            guard (try? Data().write(to: probe)) != nil else { return true }
            try? FileManager.default.removeItem(at: probe)
            return false
        }
        return (try? FileHandle(forWritingTo: url)) == nil
    }

    func undo() {
        if geteuid() == 0 { Self.chattr("-i", url.path) }
        try? FileManager.default.setAttributes([.posixPermissions: isFolder ? 0o755 : 0o644], ofItemAtPath: url.path)
    }

    private static func chattr(_ flag: String, _ path: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = [flag, path]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return }
        process.waitUntilExit()
    }
}
