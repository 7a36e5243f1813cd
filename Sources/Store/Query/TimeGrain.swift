/// The time grain a specifier names: a figure of one week ("in the last week of February") or
/// of one part of a day ("in the afternoon session") is not the whole period's, and pairs only
/// with figures of the same grain. The words are those the view `figure_pairs` tests
/// (Migrations/0015_time_grains.sql).
enum TimeGrain {
    private static let words: [[UInt8]] = ["week", "morning", "afternoon", "evening"].map { Array($0.utf8) }

    /// 0 for a specifier that names no grain (or none at all), else 1 + the grain's index.
    static func of(_ specifier: [UInt8]) -> Int8 {
        for (index, word) in words.enumerated() {
            var start = 0
            while start < specifier.count {
                var end = start
                while end < specifier.count && specifier[end] != UInt8(ascii: " ") { end += 1 }
                if end - start == word.count && word.indices.allSatisfy({ specifier[start + $0] == word[$0] }) { return Int8(index + 1) }
                start = end + 1
            }
        }
        return 0
    }
}
