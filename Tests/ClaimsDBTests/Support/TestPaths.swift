import Foundation

/// Where the tests find the repository, the built binary and scratch folders.
enum TestPaths {
    /// The repository root, from this file's path.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let seedArticle = root.appendingPathComponent("seeds/articles/ukraine-nato-protection-plan.txt")

    static func fixture(_ name: String) -> URL {
        root.appendingPathComponent("Tests/ClaimsDBTests/Fixtures").appendingPathComponent(name)
    }

    /// The `claimsdb` binary built beside the test bundle, or `CLAIMSDB_BIN`.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["CLAIMSDB_BIN"] { return URL(fileURLWithPath: path) }
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("claimsdb"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("claimsdb"),
            root.appendingPathComponent(".build/debug/claimsdb"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }

    /// A new empty folder under the system's temporary folder.
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("claimsdb-tests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
