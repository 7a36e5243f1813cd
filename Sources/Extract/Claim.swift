/// A claim-bearing sentence and what it says: the sources it names, its figures and stances.
///
/// Offsets count Unicode scalars from the start of the document body, as the `extract`
/// contract specifies. A sentence with no source, figure or stance is not a claim.
public struct Claim: Sendable, Equatable {
    /// The sentence, with runs of blank space (such as hard line wraps) folded to one space.
    public var sentence: String
    public var start: Int
    public var end: Int
    public var sources: [SourceCitation]
    public var figures: [Figure]
    public var stances: [Stance]

    public init(sentence: String, start: Int, end: Int, sources: [SourceCitation] = [], figures: [Figure] = [], stances: [Stance] = []) {
        self.sentence = sentence
        self.start = start
        self.end = end
        self.sources = sources
        self.figures = figures
        self.stances = stances
    }

    /// Keys of the sources the claim is attributed to.
    public var attributedKeys: [String] { sources.filter { $0.role == .attributed }.map(\.key) }
}

/// A source named in a claim.
public struct SourceCitation: Sendable, Equatable {
    public enum Role: String, Sendable, Equatable {
        /// The claim comes from the source ("according to the IMF", "the IMF projects").
        case attributed
        /// The sentence only names the source.
        case mentioned
    }

    /// Registry key, such as `IMF`; for a source the registry does not hold, a key made from
    /// its name (`BANK_OF_CANADA`, `GERHARD_STOLTENBERG`).
    public var key: String
    public var role: Role
    /// The registry's name of a curated source; the name the article gives any other.
    public var name: String
    /// The source is in the registry; false for an organisation or person found in the text.
    public var isCurated: Bool
    /// What a source found in the text is (nil for a registry source, whose kind the registry
    /// holds).
    public var kind: SourceKind?
    /// A person's title as the article gives it ("Finance Minister").
    public var title: String?
    /// The words that name it in the sentence ("The IMF").
    public var text: String
    /// The attributing cue ("projects", "according to"), when attributed.
    public var verb: String?
    /// The person speaking for the source, when named.
    public var speaker: String?
    /// The outlet that reports it, when the sentence names one.
    public var outlet: String?

    public init(key: String, role: Role, text: String, verb: String? = nil, speaker: String? = nil, outlet: String? = nil,
                name: String? = nil, isCurated: Bool = true, kind: SourceKind? = nil, title: String? = nil) {
        self.key = key
        self.role = role
        self.name = name ?? text
        self.isCurated = isCurated
        self.kind = kind
        self.title = title
        self.text = text
        self.verb = verb
        self.speaker = speaker
        self.outlet = outlet
    }
}

/// A stance: an actor for, against or undecided about a target.
public struct Stance: Sendable, Equatable {
    public enum Polarity: String, Sendable, Equatable {
        case support, oppose, neutral
    }

    public var actor: String
    public var actorCountry: String?
    public var target: String?
    public var targetKey: String?
    public var polarity: Polarity
    /// Nuance of the stance: conditional, skeptical, cautious, concerned.
    public var qualifier: String?
    /// The word that carries it ("backing", "opposition").
    public var cue: String

    public init(actor: String, actorCountry: String? = nil, target: String? = nil, targetKey: String? = nil,
                polarity: Polarity, qualifier: String? = nil, cue: String) {
        self.actor = actor
        self.actorCountry = actorCountry
        self.target = target
        self.targetKey = targetKey
        self.polarity = polarity
        self.qualifier = qualifier
        self.cue = cue
    }
}
