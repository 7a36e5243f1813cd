import ClaimsExtract
import ClaimsNormalize
import Foundation

/// What every fuzz target does with one input: normalize it as the format says, then extract
/// its claims, as `claimsdb ingest` would. Errors are expected answers; a crash, a hang or a
/// sanitizer report is the bug.
public enum FuzzHarness {
    private static let pipeline: (Normalizer, Extractor)? = {
        guard let normalizer = try? Normalizer.builtIn(), let extractor = try? Extractor.builtIn() else { return nil }
        return (normalizer, extractor)
    }()

    /// Runs one input through normalize and extract. Returns the number of claims (so the work
    /// is not optimized away), or nil when the input was refused.
    @discardableResult
    public static func run(_ bytes: [UInt8], format: DocumentFormat) -> Int? {
        guard let (normalizer, extractor) = pipeline else { return nil }
        if format == .jsonl {
            // each line must read the same from its bytes as through JSONSerialization; a
            // crash is how libFuzzer is told they differ
            for line in bytes.split(separator: 10) {
                let scanned = Result { () throws(NormalizeError) in try normalizer.jsonLines.document(line) }
                let parsed = Result { () throws(NormalizeError) in try normalizer.jsonLines.documentThroughFoundation(line) }
                if scanned != parsed { fatalError("the JSON Lines readers differ on: \(String(decoding: line, as: UTF8.self))") }
            }
            var claims = 0
            normalizer.jsonLines.documents(bytes) { _, result in
                if case .success(let document) = result { claims += extractor.claims(in: document).count }
            }
            return claims
        }
        guard let document = try? normalizer.normalize(bytes, format: format) else { return nil }
        return extractor.claims(in: document).count
    }

    /// libFuzzer's `LLVMFuzzerTestOneInput`: one input, through ``run(_:format:)``.
    public static func one(_ data: UnsafePointer<UInt8>?, _ size: Int, format: DocumentFormat) -> Int32 {
        guard let data, size > 0 else { return 0 }
        run(Array(UnsafeBufferPointer(start: data, count: size)), format: format)
        return 0
    }

    /// The default build's `main`: replays the files named on the command line, so an input
    /// libFuzzer saved can be run again under a debugger or a plain build.
    public static func replay(_ paths: [String], format: DocumentFormat) -> Int32 {
        var status: Int32 = 0
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("\(path): cannot be read")
                status = 1
                continue
            }
            let claims = run([UInt8](data), format: format)
            print("\(path): \(claims.map { "\($0) claims" } ?? "refused")")
        }
        return status
    }
}
