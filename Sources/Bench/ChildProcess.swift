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

    static func run(_ executable: String, _ arguments: [String]) throws -> ChildRun {
        var pid: pid_t = 0
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let started = Date()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchError("cannot start \(executable): error \(spawned)") }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid else { throw BenchError("lost the child process") }
        return ChildRun(status: status, seconds: Date().timeIntervalSince(started), peakMegabytes: Double(usage.ru_maxrss) / 1024)
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
