import ClaimsNormalize
import Testing

@Suite struct NormalizerTests {
    private let normalizer: Normalizer

    init() throws {
        normalizer = try Normalizer.builtIn()
    }

    private func kinds(_ document: Document) -> [(BlockKind, String)] {
        document.blocks.map { ($0.kind, String(document.text(of: $0))) }
    }

    @Test func boilerplateIsFoundHoweverLongItsTrailingPunctuation() throws {
        // long lines are turned away by length before they are lowercased; what is trimmed
        // (blanks, trailing `: . | › >`) must not count against a boilerplate line
        let dots = String(repeating: ".", count: 300)
        let text = "The IMF said growth slowed.\n\n  READ NEXT \(dots)\n\nFollow us on ›››\n\n"
            + "Related stories: \(String(repeating: "more words here ", count: 10))\n"
        let blocks = kinds(try normalizer.normalize(Array(text.utf8), format: .text))
        #expect(blocks.map(\.0) == [.paragraph, .boilerplate, .boilerplate, .paragraph], "\(blocks)")
    }

    @Test func breadcrumbGluedToTheTitleIsBoilerplate() throws {
        let text = "HomeWorldBig News Today\n\nBig News Today\n\nThe IMF said growth slowed.\n\nRead Next\n\nFollow us on:\n"
        let document = try normalizer.normalize(Array(text.utf8), format: .text)
        #expect(document.title == "Big News Today")
        let blocks = kinds(document)
        #expect(blocks.map(\.0) == [.boilerplate, .title, .paragraph, .boilerplate, .boilerplate])
    }

    @Test func bulletsAreListItems() throws {
        let text = "Title Here\n\n  • Russia signals support.\n  - Second point here.\n\nBody text.\n"
        let document = try normalizer.normalize(Array(text.utf8), format: .text)
        let items = kinds(document).filter { $0.0 == .listItem }.map(\.1)
        #expect(items == ["Russia signals support.", "Second point here."])
    }

    @Test func markdownFrontMatterHeadingsListsAndLinks() throws {
        let text = """
            ---
            title: "Aid for Kyiv"
            date: 2024-03-01
            url: https://example.org/aid
            outlet: Example Times
            author: A. Writer
            ---
            # Aid for Kyiv

            The [World Bank](https://worldbank.org) said **more than** 23 billion dollars arrived.

            - first *point*
            - second point
            """
        let document = try normalizer.normalize(Array(text.utf8), format: .markdown)
        #expect(document.title == "Aid for Kyiv")
        #expect(document.published == "2024-03-01")
        #expect(document.url == "https://example.org/aid")
        #expect(document.outlet == "Example Times")
        #expect(document.meta["author"] == "A. Writer")
        let blocks = kinds(document)
        #expect(blocks.contains { $0 == (.paragraph, "The World Bank said more than 23 billion dollars arrived.") })
        #expect(blocks.filter { $0.0 == .listItem }.map(\.1) == ["first point", "second point"])
        #expect(!document.body.contains("https://"))
    }

    @Test func badBytesAreRefusedWithAReason() throws {
        #expect(throws: NormalizeError.empty) { try normalizer.normalize([], format: .text) }
        #expect(throws: NormalizeError.empty) { try normalizer.normalize(Array(" \n\n ".utf8), format: .text) }
        #expect(throws: NormalizeError.binary) { try normalizer.normalize([0x41, 0, 0x42], format: .text) }
        let latin1 = try TextDecoding.decodeReporting([0x5A, 0xFC, 0x72, 0x69, 0x63, 0x68, 0x80])
        #expect(latin1.text == "Zürich€")
        #expect(latin1.fallback?.contains("first bad byte at 1") == true)
    }

    @Test func byteOrderMarkAndCRLFAreNormalized() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Title\r\n\r\nThe IMF said so.\r\n".utf8)
        let document = try normalizer.normalize(bytes, format: .text)
        #expect(!document.body.contains("\r"))
        #expect(document.body.hasPrefix("Title"))
    }

    @Test func htmlNestedDeeperThanLibxml2ReadsIsRefusedWithAReason() throws {
        let normalizer = try Normalizer.builtIn()
        let deep = "<html><body>" + String(repeating: "<div>", count: 100_000) + "<p>The IMF said growth was 3 percent.</p>"
            + String(repeating: "</div>", count: 100_000) + "</body></html>"
        #expect(throws: NormalizeError.nestedTooDeep(limit: 256)) { try normalizer.normalize(Array(deep.utf8), format: .html) }
        let nested = "<html><body>" + String(repeating: "<div>", count: 200) + "<p>The IMF said growth was 3 percent.</p>"
            + String(repeating: "</div>", count: 200) + "<p>Prices fell.</p></body></html>"
        let document = try normalizer.normalize(Array(nested.utf8), format: .html)
        #expect(document.body == "The IMF said growth was 3 percent.\n\nPrices fell.")
    }
}
