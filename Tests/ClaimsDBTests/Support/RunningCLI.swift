import Foundation

/// The real `claimsdb` binary running in the background, for tests that kill it or run several
/// at once. Its output goes to files, so nothing blocks however much it prints.
final class RunningCLI {
    let process = Process()
    private let stdoutURL: URL
    private let stderrURL: URL

    init(_ arguments: [String], scratch: URL) throws {
        let name = UUID().uuidString
        stdoutURL = scratch.appendingPathComponent("\(name).out")
        stderrURL = scratch.appendingPathComponent("\(name).err")
        try Data().write(to: stdoutURL)
        try Data().write(to: stderrURL)
        process.executableURL = TestPaths.binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "CLAIMSDB_PATH")
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        try process.run()
    }

    /// SIGKILL: no handler runs, no buffer is flushed, as in a crash or a power cut.
    func kill() {
        if process.isRunning { _ = Foundation.kill(process.processIdentifier, SIGKILL) }
    }

    /// Waits for the process and returns what it printed. `status` is the signal number when killed.
    func wait() -> (run: CLIRun, killed: Bool) {
        process.waitUntilExit()
        let out = (try? String(contentsOf: stdoutURL, encoding: .utf8)) ?? ""
        let err = (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: stdoutURL)
        try? FileManager.default.removeItem(at: stderrURL)
        return (CLIRun(status: process.terminationStatus, stdout: out, stderr: err), process.terminationReason == .uncaughtSignal)
    }
}
