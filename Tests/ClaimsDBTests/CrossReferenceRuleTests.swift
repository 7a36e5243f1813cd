import ClaimsSeeds
@testable import ClaimsStore
import Foundation
import GRDB
import Testing

/// The cross-referencing rules, each shown on figures written for it.
@Suite struct CrossReferenceRuleTests {
    @Test func aNullFieldOfAGroupKeyIsWrittenWhole() {
        // the key is compared byte for byte: bytes left as they were would make two keys of
        // the same fields differ
        var written: [[UInt8]] = []
        for garbage: UInt8 in [0x00, 0xFF] {
            var key = [UInt8](repeating: garbage, count: 5)
            key.withUnsafeMutableBytes { buffer in
                var offset = 0
                ComparableFigures.write(nil, into: buffer, at: &offset)
            }
            written.append(key)
        }
        #expect(written[0] == written[1])
    }

    @Test func figuresWithoutAPlaceShareAGroupWhateverWasReadBeforeThem() throws {
        // a group key's NULL field was four bytes short of written, so two figures without a
        // place could fall into two groups, depending on the place of the figure read before
        let db = try TestPaths.scratch().appendingPathComponent("claims.db").path
        _ = try ClaimsDatabase.open(path: db, sources: try SeedVocabularies.builtIn().sources)
        try DatabaseQueue(path: db).write { db in
            let imf = try Int64.fetchOne(db, sql: "SELECT id FROM sources WHERE key = 'IMF'") ?? 0
            for (id, place) in [(Int64(1), nil), (2, "a place with a long name"), (3, nil), (4, "UA"), (5, nil)] as [(Int64, String?)] {
                try db.execute(sql: """
                    INSERT INTO articles(id, sha256, title, published, format, origin, body) VALUES (?, ?, ?, '2024-01-10', 'text', 'test', 'x')
                    """, arguments: [id, String(repeating: "\(id)", count: 64), "Article \(id)"])
                try db.execute(sql: "INSERT INTO claims(id, article_id, ordinal, text, char_start, char_end) VALUES (?, ?, 0, ?, 0, 1)",
                               arguments: [id, id, "Claim \(id)."])
                try db.execute(sql: "INSERT INTO claim_sources(claim_id, source_id, role, text) VALUES (?, ?, 'attributed', 'the IMF')",
                               arguments: [id, imf])
                try db.execute(sql: """
                    INSERT INTO figures(claim_id, text, value, low, high, unit, qualifier, metric_key, place, period_start, period_end,
                                        char_start, char_end)
                    VALUES (?, '3 percent', 3, 2.95, 3.05, 'percent', 'exact', 'gdp_growth', ?, '2024', '2024', 0, 1)
                    """, arguments: [id, place])
            }
        }
        // in this process, where the stack holds what the tests before left there
        let rows = try ClaimsDatabase.openReadOnly(path: db).crossReference(CrossReferenceFilter()).rows
        let pairs = rows.map { row in Array(row.suffix(2)) }
        #expect(pairs == [[.integer(1), .integer(3)], [.integer(1), .integer(5)], [.integer(3), .integer(5)]])
    }
}
