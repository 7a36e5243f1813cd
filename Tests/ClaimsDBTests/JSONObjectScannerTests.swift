@testable import ClaimsNormalize
import Foundation
import Testing

/// JSON Lines are read from their bytes where they can be, and by `JSONSerialization` where
/// they cannot: every line must come out the same either way (document or error).
@Suite struct JSONObjectScannerTests {
    let reader: JSONLinesReader

    init() throws {
        reader = try Normalizer.builtIn().jsonLines
    }

    private func sameEitherWay(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) {
        sameEitherWay(Array(line.utf8)[...], sourceLocation: sourceLocation)
    }

    private func sameEitherWay(_ bytes: ArraySlice<UInt8>, sourceLocation: SourceLocation = #_sourceLocation) {
        let scanned = Result { () throws(NormalizeError) in try reader.document(bytes) }
        let parsed = Result { () throws(NormalizeError) in try reader.documentThroughFoundation(bytes) }
        #expect(scanned == parsed, "\(String(decoding: bytes, as: UTF8.self))", sourceLocation: sourceLocation)
    }

    /// Lines of the shapes news dumps have, read from their bytes.
    static let scanned = [
        #"{"id": "reuters-1", "title": "COCOA", "published": "1987-02-26T15:01:01", "places": ["el-salvador", "usa"], "topics": [], "text": "Showers\ncontinued \"here\" \\ there."}"#,
        #"{"title":"Caf\u00e9 \ud83d\ude00","text":"Growth was 3 pct, the IMF said.","published":null,"tags":["a/b","tab\there","\u0001\b\f","é😀","q\"x"]}"#,
        "{\t\"text\" :\t\"The OECD said exports rose 5 pct.\" , \"url\": \"http:\\/\\/x.org\\/a\" }\r",
        #"{"te\u0078t": "Escaped key.", "outlet": "Reuters", "tags": ["x"], "k\"ey": "v\\al"}"#,
        #"{"text": "   ", "note": "only spaces"}"#,
        #"{"headline": "", "title": "Second", "body": "", "content": "Third field wins."}"#,
        "{}",
    ]

    /// Lines only `JSONSerialization` reads (or refuses), with the words it gives.
    static let foundation = [
        #"{"text": "Growth was 3 pct.", "count": 3, "ratio": 1.5, "big": 1e300, "neg": -0}"#,
        #"{"text": "x", "flag": true, "off": false}"#,
        #"{"text": "x", "outlet": {"name": "AP", "id": 7}}"#,
        #"{"text": "x", "extra": null}"#,
        #"{"text": "x", "outlet": "Reuters", "source": ["x"]}"#,
        #"{"text": "x", "published": 1700000000, "title": 1984}"#,
        #"{"text": "first", "text": "second"}"#,
        #"{"text": "unclosed""#,
        #"{"text": "x"} trailing"#,
        #"{"text": "lone \ud800 surrogate"}"#,
        #"{"text": "low \udc00 first"}"#,
        #"{"text": "nul \u0000 inside"}"#,
        #"{"text": "bad \x escape"}"#,
        #"{"text": "raw "# + "\u{01}" + #" control"}"#,
        #"["text", "an array"]"#,
        #"{"text": "x", "nested": [["a"], {"b": 1}]}"#,
        #"{"text": "x",}"#,
        #"{"text" "x"}"#,
        "",
    ]

    @Test(arguments: Self.scanned)
    func commonLinesAreScannedAndReadAsFoundationReadsThem(_ line: String) {
        #expect(JSONObjectScanner.fields(Array(line.utf8)[...]) != nil, "\(line)")
        sameEitherWay(line)
    }

    @Test(arguments: Self.foundation)
    func otherLinesGoToFoundation(_ line: String) {
        #expect(JSONObjectScanner.fields(Array(line.utf8)[...]) == nil, "\(line)")
        sameEitherWay(line)
    }

    @Test func invalidUTF8GoesToFoundation() {
        let bytes = Array(#"{"text": "bad "#.utf8) + [0xC3, 0x28] + Array(#" byte"}"#.utf8)
        #expect(JSONObjectScanner.fields(bytes[...]) == nil)
        sameEitherWay(bytes[...])
    }

    @Test func randomLinesReadTheSameEitherWay() {
        // pieces of JSON, right and wrong, put together at random: whichever path a line takes,
        // the result must not depend on it
        let pieces = [
            "{", "}", "[", "]", ",", ":", " ", "\t", "\"", "\"text\"", "\"title\"", "\"tags\"", "\"outlet\"", "\"x\"",
            "\"The IMF said growth was 3 pct.\"", "\"a/b\"", "\"\\n\"", "\"\\u00e9\"", "\"\\ud83d\\ude00\"", "\"\\ud800\"",
            "\"\\\"\"", "\"\\\\\"", "\"\\/\"", "\"\\b\\f\\t\\r\"", "\"\\u001f\"", "null", "true", "1", "-2.5e3", "\"é\"",
        ]
        var generator = SeededGenerator(seed: 7)
        var scannedCount = 0
        for _ in 0..<4_000 {
            var line = "{\"text\": \"Exports rose 4 pct.\""
            for _ in 0..<Int.random(in: 0...8, using: &generator) {
                line += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            }
            if Bool.random(using: &generator) { line += "}" }
            let bytes = Array(line.utf8)[...]
            if JSONObjectScanner.fields(bytes) != nil { scannedCount += 1 }
            sameEitherWay(bytes)
        }
        // and a well-formed share, so the scanner's own path is exercised
        for _ in 0..<1_000 {
            var line = "{\"text\": \"Exports rose 4 pct.\""
            for index in 0..<Int.random(in: 0...4, using: &generator) {
                let value = Bool.random(using: &generator)
                    ? pieces[Int.random(in: 14..<25, using: &generator)]
                    : "[" + pieces[Int.random(in: 14..<25, using: &generator)] + "," + pieces[Int.random(in: 14..<25, using: &generator)] + "]"
                line += ", \"field\(index)\": " + value
            }
            line += "}"
            let bytes = Array(line.utf8)[...]
            if JSONObjectScanner.fields(bytes) != nil { scannedCount += 1 }
            sameEitherWay(bytes)
        }
        #expect(scannedCount > 500)
    }
}
