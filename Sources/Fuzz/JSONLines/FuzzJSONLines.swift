import ClaimsFuzzing
import Foundation

// `make fuzz`'s target for JSON Lines. Built with `--sanitize fuzzer -DFUZZING`, libFuzzer
// calls the entry point; the default build replays the files on its command line instead.
#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONLines(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzHarness.one(data, size, format: .jsonl)
}
#else
@main enum FuzzJSONLines {
    static func main() { exit(FuzzHarness.replay(Array(CommandLine.arguments.dropFirst()), format: .jsonl)) }
}
#endif
