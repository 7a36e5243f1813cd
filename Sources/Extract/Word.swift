/// A word of the vocabularies by its id in a ``WordTable``; every other word is ``unknown``.
///
/// Tokens carry the ids of their lower case and of their text as written, so that a
/// vocabulary look-up is an integer compare or an array probe instead of a `String` hash.
struct Word: Hashable, Sendable {
    let id: UInt32

    /// Any word no vocabulary holds: never in a set, a map or a phrase.
    static let unknown = Word(id: 0)

    var isKnown: Bool { id != 0 }
}
