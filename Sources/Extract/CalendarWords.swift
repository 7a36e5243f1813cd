import ClaimsSeeds

/// `seeds/calendar.json` as word sets and maps, looked up by ``Word`` id.
///
/// A class, immutable once built, so that the period finder's readers share one copy rather
/// than retaining each table anew (as ``FigureWords``).
final class CalendarWords: Sendable {
    /// Every word a time expression may start with (numbers aside), so that the finder reads
    /// only at those: month names, period prepositions and written numbers of
    /// `seeds/figures.json` included.
    let starters: WordSet
    /// Every word that may follow "the" in a time expression ("the fourth quarter", "the
    /// previous year", "the end of"), numbers aside.
    let afterThe: WordSet
    let weekdays: WordMap<Int>
    let rangeStarts: WordSet
    let rangeConnectors: WordSet
    let ordinals: WordMap<Int>
    let ordinalSuffixes: WordSet
    let quarterLetters: WordSet
    let halfLetters: WordSet
    let partNouns: WordMap<Int>
    let units: WordMap<Int>
    let dayUnits: WordMap<Int>
    let fiscalWords: WordSet
    let deicticWords: WordMap<Int>
    let definiteDeicticWords: WordMap<Int>
    let anaphoricWords: WordMap<Int>
    let shiftWords: WordMap<Int>
    let dayWords: WordMap<Int>
    let dayParts: WordSet
    let sessionWords: WordSet
    /// "so far", "to date": first and second words of each phrase.
    let toDatePhrases: [(first: Word, second: Word)]
    let publicationDayWords: WordSet
    let endWords: WordSet
    let shortEndWords: WordSet
    let comparisonVerbs: WordSet
    let approximateWords: WordSet
    let spanEndWords: WordSet
    let spanStartWords: WordSet
    let firstWords: WordSet
    let timeWords: WordSet
    let maturityWords: WordSet
    let anchorBases: WordSet
    let deliveryWords: WordSet
    let clauseBases: WordSet
    let clauseBaseExceptions: WordSet
    let saidWords: WordSet
    let indefiniteArticles: WordSet
    let verbMonths: WordSet

    init(_ v: CalendarVocabulary, figures: FigureVocabulary, words: inout WordTable) {
        let starting: [[String]] = [
            Array(v.weekdays.keys), v.rangeStarts, Array(v.ordinals.keys), v.quarterLetters, v.halfLetters, Array(v.units.keys),
            Array(v.dayUnits.keys), v.fiscalWords, Array(v.deicticWords.keys), Array(v.dayWords.keys), v.endWords, v.approximateWords,
            v.firstWords, v.indefiniteArticles, Array(figures.months.keys), Array(figures.periodWords.keys), v.publicationDayWords,
            Array(figures.writtenNumbers.keys), ["the"],
        ]
        starters = WordSet(starting.joined(), in: &words)
        let following: [[String]] = [
            Array(v.units.keys), Array(v.dayUnits.keys), Array(v.partNouns.keys), Array(v.ordinals.keys), Array(v.anaphoricWords.keys),
            Array(v.definiteDeicticWords.keys), v.endWords, v.approximateWords, v.firstWords, v.fiscalWords, Array(figures.months.keys),
            Array(figures.writtenNumbers.keys), figures.periodNouns, v.dayParts,
        ]
        afterThe = WordSet(following.joined(), in: &words)
        weekdays = WordMap(v.weekdays, in: &words)
        rangeStarts = WordSet(v.rangeStarts, in: &words)
        rangeConnectors = WordSet(v.rangeConnectors, in: &words)
        ordinals = WordMap(v.ordinals, in: &words)
        ordinalSuffixes = WordSet(v.ordinalSuffixes, in: &words)
        quarterLetters = WordSet(v.quarterLetters, in: &words)
        halfLetters = WordSet(v.halfLetters, in: &words)
        partNouns = WordMap(v.partNouns, in: &words)
        units = WordMap(v.units, in: &words)
        dayUnits = WordMap(v.dayUnits, in: &words)
        fiscalWords = WordSet(v.fiscalWords, in: &words)
        deicticWords = WordMap(v.deicticWords, in: &words)
        definiteDeicticWords = WordMap(v.definiteDeicticWords, in: &words)
        anaphoricWords = WordMap(v.anaphoricWords, in: &words)
        shiftWords = WordMap(v.shiftWords, in: &words)
        dayWords = WordMap(v.dayWords, in: &words)
        dayParts = WordSet(v.dayParts, in: &words)
        sessionWords = WordSet(v.sessionWords, in: &words)
        toDatePhrases = (v.toDatePhrases ?? []).compactMap { phrase in
            let parts = phrase.split(separator: " ").map(String.init)
            return parts.count == 2 ? (words.intern(parts[0]), words.intern(parts[1])) : nil
        }
        publicationDayWords = WordSet(v.publicationDayWords, in: &words)
        endWords = WordSet(v.endWords, in: &words)
        shortEndWords = WordSet(v.shortEndWords, in: &words)
        comparisonVerbs = WordSet(v.comparisonVerbs, in: &words)
        approximateWords = WordSet(v.approximateWords, in: &words)
        spanEndWords = WordSet(v.spanEndWords, in: &words)
        spanStartWords = WordSet(v.spanStartWords, in: &words)
        firstWords = WordSet(v.firstWords, in: &words)
        timeWords = WordSet(v.timeWords, in: &words)
        maturityWords = WordSet(v.maturityWords, in: &words)
        anchorBases = WordSet(v.anchorBases, in: &words)
        deliveryWords = WordSet(v.deliveryWords, in: &words)
        clauseBases = WordSet(v.clauseBases, in: &words)
        clauseBaseExceptions = WordSet(v.clauseBaseExceptions, in: &words)
        saidWords = WordSet(v.saidWords, in: &words)
        indefiniteArticles = WordSet(v.indefiniteArticles, in: &words)
        verbMonths = WordSet(v.verbMonths, in: &words)
    }
}
