import Foundation

/// This process's peak resident memory, from `/proc/self/status` (`VmHWM`), in megabytes;
/// nil where there is no /proc.
enum PeakMemory {
    static func megabytes() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.split(separator: " ").compactMap { Double($0) }
            if let kilobytes = digits.first { return kilobytes / 1024 }
        }
        return nil
    }
}
