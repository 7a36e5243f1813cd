import Foundation
import Testing

/// A database in a temporary folder that tests drive through the real binary: every command
/// gets `--db`, and `rows` reads what a command prints as JSON.
struct ScratchDatabase {
    let path: String

    init() throws {
        path = try TestPaths.scratch().appendingPathComponent("claims.db").path
    }

    /// Runs `claimsdb` with `--db` and checks its exit status.
    @discardableResult
    func run(_ arguments: [String], status: Int32 = 0) throws -> CLIRun {
        let run = try CLI.run(arguments + ["--db", path])
        #expect(run.status == status, "\(arguments): \(run.stderr)")
        return run
    }

    /// The rows a command prints with `--format json`.
    func rows(_ arguments: [String]) throws -> [[String: Any]] {
        try CLI.json(try run(arguments + ["--format", "json"]).stdout) as? [[String: Any]] ?? []
    }
}
