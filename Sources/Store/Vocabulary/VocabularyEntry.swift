/// What the writer asks of every kind of vocabulary entry before it writes any.
protocol VocabularyEntry {
    /// Where the entry was read, for error messages; nil on the command line.
    var location: String? { get }
    /// What makes the entry unusable, or nil.
    var problem: String? { get }
}

extension SourceEntry: VocabularyEntry {}
extension MetricSynonymEntry: VocabularyEntry {}
extension ActorEntry: VocabularyEntry {}
