import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child process run to completion, with its wall time and peak resident memory (from
/// `wait4`, which reports the child's own usage).
struct ChildRun {
    var status: Int32
    var seconds: Double
    var peakMegabytes: Double

    /// The child's standard error, for what it reports about itself.
    var stderr = ""

    static func run(_ executable: String, _ arguments: [String]) throws -> ChildRun {
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("claimsdb-bench-stderr-\(getpid())").path
        var pid: pid_t = 0
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let started = Date()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchError("cannot start \(executable): error \(spawned)") }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid else { throw BenchError("lost the child process") }
        let seconds = Date().timeIntervalSince(started)
        let stderr = (try? String(contentsOfFile: errorFile, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: errorFile)
        // wait4's figure folds in this (parent) process's memory at spawn time; the child's own
        // report (`ingest --verbose` prints "peak memory: N MB" from /proc) is exact
        var peak = Double(usage.ru_maxrss) / 1024
        if let line = stderr.split(separator: "\n").first(where: { $0.hasPrefix("peak memory: ") }),
            let value = Double(line.dropFirst("peak memory: ".count).split(separator: " ").first ?? "")
        {
            peak = value
        }
        return ChildRun(status: status, seconds: seconds, peakMegabytes: peak, stderr: stderr)
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
