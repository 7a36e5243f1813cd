import Foundation

/// Runs the real `claimsdb`, reads its stdout through a pipe, and returns its exit status, how
/// many lines it wrote and its peak resident memory (`VmHWM` in `/proc/PID/status`, read after
/// each read of the pipe). The child blocks on a full pipe until it is read, so every sample is
/// taken while it still runs; the peak of a child that held all its rows before writing is seen
/// from the first read on. (`wait4` cannot say: the kernel counts into a spawned child's peak
/// the memory of the test process that spawned it.)
enum PeakMemoryRun {
    struct Result {
        var status: Int32
        var lines: Int
        var megabytes: Double
    }

    static func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = TestPaths.binary
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let statusPath = "/proc/\(process.processIdentifier)/status"
        var lines = 0
        var peak = 0.0
        while let chunk = try out.fileHandleForReading.read(upToCount: 1 << 16), !chunk.isEmpty {
            lines += chunk.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            peak = max(peak, highWaterMark(statusPath) ?? 0)
        }
        process.waitUntilExit()
        return Result(status: process.terminationStatus, lines: lines, megabytes: peak)
    }

    /// `VmHWM` in megabytes; nil once the process has exited.
    private static func highWaterMark(_ path: String) -> Double? {
        guard let status = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
        return line?.split(separator: " ").dropFirst().first.flatMap { Double($0) }.map { $0 / 1024 }
    }
}
