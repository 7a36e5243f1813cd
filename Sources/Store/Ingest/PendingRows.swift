import GRDB

/// The figure and stance rows of the articles written since the last ``run(in:)``: a batch
/// of articles inserts them together, at its end, in few multi-row statements (see
/// ``MultiRowInsert`` for why). Whoever writes articles runs it before the transaction or
/// savepoint that holds them ends.
struct PendingRows {
    var figures = Self.figureRows
    var stances = Self.stanceRows

    mutating func run(in db: Database) throws {
        try figures.run(in: db)
        try stances.run(in: db)
    }

    private static let figureRows = MultiRowInsert("""
        INSERT INTO figures(claim_id, text, value, low, high, unit, qualifier, kind, metric, metric_key, metric_key_open,
                            place, period_start, period_end, holder, specifier, char_start, char_end)
        """, columns: 18)
    private static let stanceRows = MultiRowInsert("""
        INSERT INTO stances(claim_id, actor, actor_country, target, target_key, polarity, qualifier, cue)
        """, columns: 8)
}
