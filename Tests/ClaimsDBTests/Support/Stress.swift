import Foundation

/// `make stress` sets `CLAIMSDB_STRESS=1`: the long versions of the reliability tests (200
/// kills, a 1 GB line, a million sentences). `make test` runs the quick versions.
enum Stress {
    static let enabled = ProcessInfo.processInfo.environment["CLAIMSDB_STRESS"] == "1"

    /// The quick number, or the long one under `make stress`.
    static func scale(_ quick: Int, stress: Int) -> Int { enabled ? stress : quick }
}
