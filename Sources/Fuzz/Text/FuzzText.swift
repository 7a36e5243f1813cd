import ClaimsFuzzing
import Foundation

// `make fuzz`'s target for Text. Built with `--sanitize fuzzer -DFUZZING`, libFuzzer
// calls the entry point; the default build replays the files on its command line instead.
#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzHarness.one(data, size, format: .text)
}
#else
@main enum FuzzText {
    static func main() { exit(FuzzHarness.replay(Array(CommandLine.arguments.dropFirst()), format: .text)) }
}
#endif
