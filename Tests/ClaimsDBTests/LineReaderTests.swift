import ClaimsNormalize
import Foundation
@testable import ClaimsStore
import Testing

@Suite struct LineReaderTests {
    private func read(_ text: String, maxLineBytes: Int, chunk: Int) throws -> [(Int, Int, String?)] {
        let url = try TestPaths.scratch().appendingPathComponent("lines.jsonl")
        try Data(text.utf8).write(to: url)
        var reader = LineReader(handle: try FileHandle(forReadingFrom: url), maxLineBytes: maxLineBytes, chunk: chunk)
        var lines: [(Int, Int, String?)] = []
        try reader.lines { number, end, bytes in lines.append((number, end, bytes.map { String(decoding: $0, as: UTF8.self) })) }
        return lines
    }

    @Test func aLineLongerThanTheLimitIsSkippedAndTheNextOnesRead() throws {
        let long = String(repeating: "x", count: 100_000)
        let lines = try read("{\"a\": 1}\n" + long + "\n\n{\"b\": 2}\n" + long, maxLineBytes: 1_000, chunk: 64)
        #expect(lines.map(\.0) == [1, 2, 4, 5])
        #expect(lines.map(\.2) == ["{\"a\": 1}", nil, "{\"b\": 2}", nil])
        #expect(lines.map(\.1) == [8, 100_009, 100_019, 200_020])
    }

    @Test func linesSplitAcrossChunksAreWhole() throws {
        let text = (0..<500).map { "{\"n\": \($0)}" }.joined(separator: "\n")
        let lines = try read("\u{FEFF}" + text, maxLineBytes: 1_000, chunk: 7)
        #expect(lines.compactMap(\.2) == text.split(separator: "\n").map(String.init))
    }
}
