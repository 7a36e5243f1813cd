import ClaimsFuzzing
import Foundation

// `make fuzz`'s target for Markdown. Built with `--sanitize fuzzer -DFUZZING`, libFuzzer
// calls the entry point; the default build replays the files on its command line instead.
#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzHarness.one(data, size, format: .markdown)
}
#else
@main enum FuzzMarkdown {
    static func main() { exit(FuzzHarness.replay(Array(CommandLine.arguments.dropFirst()), format: .markdown)) }
}
#endif
