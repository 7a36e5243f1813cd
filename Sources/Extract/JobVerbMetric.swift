/// Verbs that make a count of jobs a metric of its own: "cut 1,900 jobs" counts job cuts,
/// "added 337,000 jobs" jobs created, where the count alone would say only "jobs".
struct JobVerbMetric: Sendable {
    /// Every form of the verbs ("cut", "cuts", "cutting").
    let verbs: WordSet
    /// Plural nouns of jobs or of the people holding them.
    let nouns: Set<String>
    /// The metric's words ("job cuts").
    let metric: [String]
}
