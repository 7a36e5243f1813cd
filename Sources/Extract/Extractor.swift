import ClaimsNormalize

/// Document -> claims. Pure: no I/O, no database, the same output for the same input.
///
/// Sentences come from the blocks that carry claims (paragraphs and list items, never
/// titles, headings or boilerplate). A sentence becomes a ``Claim`` when it names a source,
/// states a figure or expresses a stance.
public struct Extractor: Sendable {
    let lexicon: Lexicon
    let splitter: SentenceSplitter
    let sourceFinder: SourceFinder
    let attribution: AttributionResolver
    let figureParser: FigureParser
    let periods: PeriodFinder
    let metrics: MetricResolver
    let places: PlaceResolver
    let actors: ActorFinder
    let stances: StanceFinder
    let clauseParser: ClauseParser
    let metricReader: MetricPhraseReader
    let placeReader: PlaceReader
    let specifiers: MetricSpecifierReader
    let articlePlaceReader: ArticlePlaceReader
    let countryReferent: CountryReferent
    let speakerFinder: SpeakerFinder
    /// Registry key -> the country of a national institution.
    let sourceCountries: [String: String]
    /// Registry key -> the source as a speaker, for what "the fund" or "the bank" refers to.
    let registrySpeakers: [String: NamedSource]

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        splitter = SentenceSplitter(abbreviations: lexicon.abbreviations)
        sourceFinder = SourceFinder(lexicon: lexicon)
        attribution = AttributionResolver(cues: lexicon.attribution, titles: lexicon.actors.titles, outlets: lexicon.actors.outlets)
        figureParser = FigureParser(words: lexicon.figures, functionWords: lexicon.functionWords, places: lexicon.places)
        periods = PeriodFinder(words: lexicon.figures, calendar: lexicon.calendar, functionWords: lexicon.functionWords)
        metrics = MetricResolver(metrics: lexicon.metrics, reportingVerbs: lexicon.attribution.verbs,
                                 changeVerbs: lexicon.figures.changeVerbs, stopWords: lexicon.functionWords)
        let company = CompanyPhrase(companyNouns: lexicon.companyNouns)
        places = PlaceResolver(places: lexicon.places, company: company)
        var sourceCountries: [String: String] = [:]
        for source in lexicon.sources { sourceCountries[source.key] = source.country }
        self.sourceCountries = sourceCountries
        actors = ActorFinder(cues: lexicon.actors, places: lexicon.places, sourceCountries: sourceCountries)
        clauseParser = ClauseParser(grammar: lexicon.grammar)
        metricReader = MetricPhraseReader(grammar: lexicon.grammar, figures: lexicon.figures, places: lexicon.places, metrics: lexicon.metrics,
                                          verbMetrics: lexicon.verbMetrics, holderNouns: lexicon.holderNouns, containerNouns: lexicon.containerNouns,
                                          purchaseVerbs: lexicon.purchaseVerbs, shareMetrics: lexicon.shareMetrics,
                                          rateNouns: lexicon.rateNouns, personNouns: lexicon.personNouns,
                                          jobVerbs: lexicon.jobVerbs,
                                          genericCountNouns: lexicon.genericCountNouns)
        specifiers = MetricSpecifierReader(grammar: lexicon.grammar, places: lexicon.places, metricReader: metricReader,
                                           companySuffixes: lexicon.companySuffixes, calendar: lexicon.calendar,
                                           broadModifiers: lexicon.broadModifiers)
        placeReader = PlaceReader(places: lexicon.places, regionWords: lexicon.regionWords, company: company, purchaseVerbs: lexicon.purchaseVerbs)
        articlePlaceReader = ArticlePlaceReader(places: lexicon.places, datelineCities: lexicon.datelineCities,
                                                companySuffixes: lexicon.companySuffixes, formerStates: lexicon.formerStates,
                                                words: lexicon.words, splitter: splitter, countryNames: lexicon.countryNames,
                                                clauseParser: clauseParser)
        countryReferent = CountryReferent(countryNames: lexicon.countryNames, words: lexicon.words)
        var registrySpeakers: [String: NamedSource] = [:]
        for source in lexicon.sources {
            registrySpeakers[source.key] = NamedSource(key: source.key, name: source.name, isCurated: true, kind: SourceKind(rawValue: source.kind))
        }
        self.registrySpeakers = registrySpeakers
        speakerFinder = SpeakerFinder(words: lexicon.speakers, thatVerbs: lexicon.attribution.thatVerbs,
                                      reader: SourceNameReader(words: lexicon.speakers, titles: lexicon.actors.titles, places: lexicon.places,
                                                               registryNames: registrySpeakers.mapValues(\.name),
                                                               countryNames: lexicon.actors.countryNames))
        stances = StanceFinder(cues: lexicon.stances, functionWords: lexicon.functionWords, reportingVerbs: lexicon.attribution.verbs,
                               collectives: lexicon.actors.collectives)
    }

    /// An extractor with the seeds compiled into this binary.
    public static func builtIn() throws -> Extractor {
        Extractor(lexicon: try Lexicon.builtIn())
    }

    public func claims(in document: Document) -> [Claim] {
        let bytes = Array(document.body.utf8)
        let offsets = ScalarOffsets(bytes)
        let published = document.published.flatMap(ArticleDate.init(iso:))
        // the topic is read only for articles that turn out to hold a stance, once; the
        // closure is made once and captures no `self` (which would copy the extractor)
        let title = document.title
        let prose = document.blocks.filter(\.kind.carriesClaims).map { $0.start..<$0.end }
        let stopWords = lexicon.topicStopWords
        var topicRead = false
        var topicFound: Topic?
        let topic: () -> Topic? = {
            if !topicRead {
                topicRead = true
                topicFound = Topic.of(title: title, prose: prose, in: bytes, stopWords: stopWords)
            }
            return topicFound
        }
        // the article's country is read only if a figure needs it, once
        var articlePlaceFound: ArticlePlace?
        let articlePlaceReader = self.articlePlaceReader
        let articlePlace: () -> ArticlePlace = {
            if let articlePlaceFound { return articlePlaceFound }
            let found = articlePlaceReader.place(of: document, bytes: bytes)
            articlePlaceFound = found
            return found
        }
        // only a wire story (one with a dateline) or one with a headline places every figure;
        // others are not read for it
        let mayPlaceEveryFigure = document.meta["dateline"] != nil || document.blocks.first?.kind == .title
        let storyPlace: () -> String? = { mayPlaceEveryFigure ? articlePlace().forEveryFigure : nil }
        // the one commodity the headline names, read only if a figure needs it, once
        var headlineCommodityRead = false
        var headlineCommodityFound: String?
        let words = lexicon.words
        let commodities = lexicon.commodities
        let headlineCommodity: () -> String? = {
            if !headlineCommodityRead, let title {
                headlineCommodityRead = true
                let titleBytes = Array(title.utf8)
                headlineCommodityFound = commodities.theOne(in: Tokenizer.tokens(titleBytes, from: 0, to: titleBytes.count, words: words))
            }
            return headlineCommodityFound
        }
        var claims: [Claim] = []
        var articlePeriods = ArticlePeriods()
        var articleSpeakers = ArticleSpeakers(country: { articlePlace().code })
        // the sentences read so far, for what "the country" refers to
        var read: [Range<Int>] = []
        for block in document.blocks where block.kind.carriesClaims {
            for range in splitter.sentences(bytes, from: block.start, to: block.end) {
                defer { read.append(range) }
                let tokens = Tokenizer.tokens(bytes, from: range.lowerBound, to: range.upperBound, words: lexicon.words)
                let mentions = sourceFinder.mentions(in: tokens)
                var citations = attribution.citations(mentions, in: tokens)
                defer { articleSpeakers.nextSentence() }
                let spans = figureParser.figures(in: tokens)
                let reports = speakerFinder.mayReport(tokens)
                // one reading of the clauses, for figures and speakers both; a line of a table
                // ("Shr 1.50 dlrs vs 1.20 dlrs") has no verb and no clause to read
                let structure = (!spans.isEmpty || reports) && clauseParser.mayHaveClause(tokens)
                    ? clauseParser.structure(of: tokens) : SentenceStructure(tokenCount: tokens.count)
                for citation in citations {
                    if let speaker = registrySpeakers[citation.key] { articleSpeakers.note(speaker, hasSpoken: citation.role == .attributed) }
                }
                articleSpeakers.noteTitledPeople(in: tokens, words: lexicon.speakers, titles: lexicon.actors.titles, places: lexicon.places)
                articleSpeakers.notePossibleNames(in: tokens, words: lexicon.speakers, titles: lexicon.actors.titles, places: lexicon.places)
                if reports { merge(speakerFinder.citations(in: tokens, structure: structure, registry: mentions, article: &articleSpeakers), into: &citations) }
                // a national institution the sentence names places its national statistics
                var sourceCountry: String?
                for mention in mentions where sourceCountry == nil { sourceCountry = sourceCountries[mention.key] }
                let figures = spans.isEmpty ? [] : figures(spans, in: tokens, structure: structure, bytes: bytes, offsets: offsets, published: published,
                                      articlePeriods: &articlePeriods,
                                      mentions: mentions,
                                      sourceCountry: sourceCountry, articlePlace: articlePlace, storyPlace: storyPlace,
                                      headlineCommodity: headlineCommodity,
                                      theCountry: { countryReferent.lastNamed(in: read[...], bytes) })
                // actors are looked for only where a stance cue may be
                let stances = tokens.contains { lexicon.stances.cues.mayStart($0) }
                    ? stances.stances(in: tokens, actors: actors.actors(in: tokens, sources: mentions), topic: topic) : []
                guard !citations.isEmpty || !figures.isEmpty || !stances.isEmpty else { continue }
                claims.append(Claim(
                    sentence: Self.folded(bytes, range),
                    start: offsets.scalar(atByte: range.lowerBound),
                    end: offsets.scalar(atByte: range.upperBound),
                    sources: citations,
                    figures: figures,
                    stances: stances))
            }
        }
        return claims
    }

    /// Registry citations first, as the registry's reader found them; a speaker the clauses
    /// give makes a mentioned one attributed and adds the sources the registry does not hold.
    private func merge(_ speakers: [SourceCitation], into citations: inout [SourceCitation]) {
        for speaker in speakers {
            if let index = citations.firstIndex(where: { $0.key == speaker.key }) {
                if citations[index].role == .mentioned && speaker.role == .attributed {
                    citations[index].role = .attributed
                    citations[index].verb = speaker.verb
                    citations[index].speaker = citations[index].speaker ?? speaker.speaker
                }
            } else {
                citations.append(speaker)
            }
        }
    }

    private func figures(_ spans: [FigureSpan], in tokens: [Token], structure: SentenceStructure, bytes: [UInt8], offsets: ScalarOffsets, published: ArticleDate?,
                         articlePeriods: inout ArticlePeriods, mentions: [SourceMention], sourceCountry: String?, articlePlace: () -> ArticlePlace,
                         storyPlace: () -> String?, headlineCommodity: () -> String?, theCountry: () -> String?) -> [Figure] {
        let referent = CountryReferent.isSaid(in: tokens) ? theCountry() : nil
        let found = periods.periods(in: tokens, published: published, article: &articlePeriods)
        // "2.4bn Swiss francs ($1.9bn; £1.05bn) in 2003": conversions in brackets share
        // the period of the figure they convert, so they do not end its search.
        let depth = Self.bracketDepth(tokens)
        let leading = spans.indices.filter { depth[spans[$0].start] == 0 }
        var placed: [(key: String?, place: String)] = []
        var previousPlace: String?
        var keyedBefore: [(unit: String, quantity: MeasuredQuantity)] = []
        let nextStarts = spans.indices.map { index in
            leading.first { $0 > index && spans[$0].start > spans[index].end }.map { spans[$0].start } ?? tokens.count
        }
        // the period after a figure (unless it names the figure after it, "compared with 1984's
        // profit of")
        let following = spans.indices.map { index in
            found.firstIndex { $0.firstToken >= spans[index].end && $0.firstToken < nextStarts[index] && !$0.looksForward }
        }
        // "up 3.1 pct from 6.52 mln last year, while residual fuel demand was 1.52 mln": the time
        // of a base compared with is that base's alone
        let isBase = spans.map { metricReader.comparisonBefore($0.start, tokens, structure) }
        let ofBases = Set(spans.indices.compactMap { isBase[$0] ? following[$0] : nil })
        var previousPeriod: PeriodMention?
        var read = spans.enumerated().map { index, span in
            let nextStart = nextStarts[index]
            let previousEnd = index > 0 ? spans[index - 1].end : 0
            // the period after the figure, else the last one before it that is neither "since"
            // (which dates what precedes it) nor a base's; durations have none
            let period = FigureWords.durations.contains(span.unit) ? nil
                : following[index].map { found[$0] }
                    ?? found.indices.last { found[$0].endToken <= span.start && !ofBases.contains($0)
                        && (!found[$0].looksBack || found[$0].firstToken >= previousEnd) }.map { found[$0] }
            // "gasoline demand averaged 6.72 mln bpd, up 3.1 pct from 6.52 mln last year": a base
            // dated from the publication day, set against a figure of no stated time, is the same
            // unstated time a year before, not the whole of last year
            var dated = isBase[index] && period?.countsFromPublication == true && index > 0 && previousPeriod == nil ? nil : period
            // "so far this year, demand rose to 3.42 mln bpd from 3.38 mln in 1986": a base's bare
            // year before the year of a part of it is that part a year earlier
            if isBase[index], let own = dated, let previous = previousPeriod, let shifted = Self.samePart(of: previous, in: own) { dated = shifted }
            defer { previousPeriod = dated }
            let previousCurrency = index > 0 && Self.isMoney(spans[index - 1].unit) ? spans[index - 1].start..<spans[index - 1].end : 0..<0
            var measured = measure(span, tokens: tokens, structure: structure, keyedBefore: keyedBefore, previousCurrencyWords: previousCurrency,
                                   theCountry: referent, nextFigureStart: nextStart)
            // "six-month bills", "a 20-year loan": a length joined to the noun it describes is
            // the kind of thing, not a quantity of it, and is compared with nothing
            if Self.isTerm(span, tokens) {
                measured.phrase = nil
                measured.key = nil
                measured.isOpen = false
            }
            let first = tokens[span.start].start
            let last = tokens[span.end - 1].end
            // "Argentine exports at 6.60 mln tonnes ... and 1985/86 exports at 9.43 mln": the
            // place carries over to a later figure of the same metric in the sentence
            var place = measured.place
            if place == nil, !measured.regional, let key = measured.key { place = placed.last { $0.key == key }?.place }
            // "to 3.1% from 3.6% this year and 2.4% from 2.7% in 2006": the next item of a list
            // whose metric is not said again is where the item before it is
            if place == nil, !measured.regional, measured.key == nil, span.start > 0, tokens[span.start - 1].is("and") || tokens[span.start - 1].is("or") {
                place = previousPlace
            }
            // a national statistic is the country of the institution the sentence names, else
            // the article's; any other figure of a wire story about a country is the dateline's
            if place == nil, !measured.regional {
                if !measured.isOpen, let key = measured.key, lexicon.nationalMetrics.contains(key) {
                    place = sourceCountry ?? articlePlace().code
                } else if !isHeldByInternationalBody(span, tokens, structure, mentions) {
                    // ("OPEC agreed to cut its output ceiling to 15.8 mln bpd" is OPEC's, not the
                    // country it met in)
                    place = storyPlace()
                }
            }
            // "farmers intend to plant 56.9 mln acres": plantings are of one crop, the one the
            // sentence names, else the headline
            if let key = measured.key, lexicon.commodityMetrics.contains(key), !lexicon.commodities.isNamed(in: measured.specifier),
                let commodity = lexicon.commodities.theOne(in: tokens) ?? headlineCommodity()
            {
                measured.specifier = MetricSpecifierReader.adding(commodity, to: measured.specifier)
            }
            if let place { placed.append((measured.key, place)) }
            previousPlace = place
            if measured.key != nil { keyedBefore.append((span.unit, measured)) }
            return Figure(
                text: Self.folded(bytes, first..<last), value: span.value, low: span.low, high: span.high,
                unit: measured.isShareOfGDP ? "percent_of_gdp" : span.unit, qualifier: span.qualifier,
                kind: Self.isRateLevel(span, index: index, spans, key: measured.key, rates: lexicon.rateMetrics, tokens) ? .level : span.kind,
                metric: measured.phrase, metricKey: measured.key, metricKeyIsOpen: measured.isOpen,
                place: place,
                periodStart: dated?.start, periodEnd: dated?.end,
                holder: holder(of: span, tokens: tokens, structure: structure, mentions: mentions), specifier: measured.specifier,
                start: offsets.scalar(atByte: first), end: offsets.scalar(atByte: last))
        }
        // "pushed up oil prices from around eight dollars a barrel to around 18 dlrs": the start
        // of a change from one figure to the next measures what its end does
        for index in read.indices.dropLast() where read[index].metricKey == nil && isBase[index] && spans[index].start > 0
            && tokens[spans[index].start - 1].is("from")
        {
            let next = spans[index + 1]
            guard next.start > 0, tokens[next.start - 1].is("to"), read[index + 1].metricKey != nil,
                Self.alike(Self.unitKind(spans[index].unit), Self.unitKind(next.unit))
            else { continue }
            read[index].metric = read[index + 1].metric
            read[index].metricKey = read[index + 1].metricKey
            read[index].metricKeyIsOpen = read[index + 1].metricKeyIsOpen
            read[index].specifier = read[index + 1].specifier
        }
        return read
    }

    /// What a figure measures and where, as read from the clause structure, else from the
    /// words beside it.
    private struct MeasuredQuantity {
        var phrase: String?
        var key: String?
        var isOpen = false
        var place: String?
        var regional = false
        var isShareOfGDP = false
        var specifier: String?
    }

    private func measure(_ span: FigureSpan, tokens: [Token], structure: SentenceStructure, keyedBefore: [(unit: String, quantity: MeasuredQuantity)],
                         previousCurrencyWords: Range<Int>, theCountry: String?, nextFigureStart: Int) -> MeasuredQuantity {
        var measured = MeasuredQuantity()
        let (reading, isShareOfGDP) = metricReader.read(span, in: tokens, structure: structure)
        measured.isShareOfGDP = isShareOfGDP && (span.unit == "percent")
        var metricPhrase: Int?
        switch reading {
        case .phrase(var words, let from)?:
            // "crude oil closed at $51.15", "shares in Elan lost 70%": a price, not a quantity
            // money per unit ("108 dlrs per tonne") is a price too; per share it is not
            let isMoney = Self.isMoney(span.unit) && !span.unit.hasSuffix("/share")
            if isMoney, words.last != "price", metrics.knownKey(forWords: words + ["price"]) != nil { words += ["price"] }
            if ["shares", "stock", "stocks"].contains(words.last ?? ""), span.unit == "percent" || isMoney { words = ["share", "price"] }
            // "earned 4.16 dlrs a share": an amount per share of what the vocabulary also names
            // per share is that quantity per share (earnings per share, not net income)
            if span.unit.hasSuffix("/share"), !words.contains("share"), metrics.knownKey(forWords: words + ["per", "share"]) != nil {
                words += ["per", "share"]
            }
            if let keyed = metrics.key(forWords: words) {
                measured.phrase = keyed.phrase
                measured.key = keyed.key
                measured.isOpen = keyed.isOpen
                metricPhrase = from
                // an open key is made of the phrase's last two words; the ones before narrow it
                let phraseWords = keyed.phrase.spaceSeparatedWords
                if let from {
                    measured.specifier = specifiers.specifier(metricPhrase: from, keyWords: keyed.isOpen ? Array(phraseWords.suffix(2)) : phraseWords,
                                                              figureStart: span.start, tokens, structure)
                }
            }
        case .sameAsPrevious?, .changeOfPrevious?:
            if let previous = reading == .changeOfPrevious ? keyedBefore.last?.quantity : compared(span.unit, keyedBefore) {
                measured.phrase = previous.phrase
                measured.key = previous.key
                measured.isOpen = previous.isOpen
                measured.specifier = previous.specifier
                // "OPEC output fell to 15.5 mln bpd from 16.5 mln": the base is as regional as
                // what it is compared with
                measured.regional = previous.regional
            }
        case nil:
            break
        }
        // "corn exports at 2.10 mln tonnes ... and 1985/86 exports at 2.75 mln": a bare head
        // said again stands for the whole phrase before it that it ends
        // (the phrase's words, read again, are asked for last: most figures have no such phrase before)
        if let from = metricPhrase, let phrase = measured.phrase, measured.specifier == nil,
            let whole = keyedBefore.last(where: { $0.quantity.phrase.map { $0 == phrase || $0.hasSuffix(" " + phrase) } ?? false })?.quantity,
            metricReader.words(of: from, tokens, structure)?.count == 1
        {
            measured.phrase = whole.phrase
            measured.key = whole.key
            measured.isOpen = whole.isOpen
            measured.specifier = whole.specifier
        }
        // "GDP is expected at 3.2%": a percentage of a level the vocabulary grows is its growth
        // ("one pct GNP" is a share of it and says nothing of what)
        if span.unit == "percent", let key = measured.key, let growth = lexicon.percentGrowth[key] {
            measured.key = measured.isShareOfGDP ? nil : growth
            if measured.isShareOfGDP { measured.phrase = nil }
        }
        // the words beside the figure, where the structure gave nothing: only a key the
        // vocabulary knows, never an open key made from whatever words touch the number
        if measured.key == nil, let fallback = metrics.metric(for: span, in: tokens), !fallback.isOpen {
            measured.phrase = fallback.phrase
            measured.key = fallback.key
        }
        // a key read without its phrase (from the words beside the figure, or from a verb) is
        // narrowed by the phrase in the sentence that names it
        if metricPhrase == nil, reading != .sameAsPrevious, reading != .changeOfPrevious, let phrase = measured.phrase {
            var named = specifiers.phrase(naming: phrase, around: span.start, tokens, structure)
            // "rice farmers intend to plant 2.9 mln acres": a quantity read from the verb is
            // narrowed by the words before its holder
            if named == nil, case .phrase(_, from: nil)? = reading { named = Self.clauseSubject(of: span, structure) }
            measured.specifier = specifiers.specifier(metricPhrase: named, keyWords: phrase.spaceSeparatedWords,
                                                      figureStart: span.start, tokens, structure)
        }
        let figurePhrase = structure.phraseOfToken[span.numberStart] ?? structure.phraseOfToken[span.start]
        // a place among an amount's own words names its currency ("37 U.S. cts", "50 Canadian cts a pound")
        let currencyWords = Self.isMoney(span.unit) ? span.start..<span.end : 0..<0
        let (code, regional) = placeReader.place(metricPhrase: metricPhrase, figurePhrase: figurePhrase, currencyWords: currencyWords,
                                                 theCountry: theCountry, in: tokens, structure: structure)
        // (a base that names its own country is that country's: "against 2 pct in Brazil")
        measured.regional = regional || (measured.regional && code == nil)
        measured.place = measured.regional ? nil
            : code ?? places.place(for: span, in: tokens, structure: structure, previousCurrency: previousCurrencyWords, nextFigureStart: nextFigureStart)
        return measured
    }

    /// The quantity a compared figure goes on about: the last keyed figure before it in its
    /// unit ("2.9%" after "growth of 3.6% ... for the 30 member countries" is growth; money
    /// with money, "$2.7bn" after "331bn yen", "50 Canadian cts a pound" after "37-1/2 U.S.
    /// cts", but never an amount with an amount per share), none when no figure
    /// before is in its unit, except that a percentage may be the change of any ("sales
    /// totaled 318.4 mln dlrs, up 19 pct"). A per-share amount after an amount ("186 mln dlrs or 2.40 dlrs per
    /// share") is that quantity per share, where the vocabulary names it ("earnings per share").
    private func compared(_ unit: String, _ keyedBefore: [(unit: String, quantity: MeasuredQuantity)]) -> MeasuredQuantity? {
        if unit.hasSuffix("/share") {
            let amountUnit = unit.prefix { $0 != "/" }
            guard let amount = keyedBefore.last(where: { $0.unit == amountUnit })?.quantity, let phrase = amount.phrase,
                let perShare = metrics.knownKey(forWords: phrase.spaceSeparatedWords + ["per", "share"]),
                perShare.phrase.utf8.count > "per share".utf8.count + 1
            else { return nil }
            return MeasuredQuantity(phrase: perShare.phrase, key: perShare.key)
        }
        let kind = Self.unitKind(unit)
        let sameUnit = keyedBefore.last { Self.alike(Self.unitKind($0.unit), kind) }?.quantity
        return sameUnit ?? (unit == "percent" ? keyedBefore.last?.quantity : nil)
    }

    /// A unit with any currency as "money": "USD/lb" and "CAD/lb" are alike, "USD/share" and
    /// "USD" are not.
    private static func unitKind(_ unit: String) -> String {
        let amount = FigureParser.amountUnit(unit)
        return FigureParser.isMoney(amount) ? "money" + unit.dropFirst(amount.count) : unit
    }

    /// Units one figure can be compared with: the same, or an amount of money with money per
    /// unit written once for both ("42-1/2 U.S. cts and 55 Canadian cts a pound").
    private static func alike(_ a: String, _ b: String) -> Bool {
        a == b || ((a == "money" && b.hasPrefix("money/") && b != "money/share") || (b == "money" && a.hasPrefix("money/") && a != "money/share"))
    }

    /// `compared`'s span a year earlier, when `base` is the whole year before it and `compared`
    /// is part of one year ("1987-01" to "1987-03" against "1986": "1986-01" to "1986-03").
    static func samePart(of compared: PeriodMention, in base: PeriodMention) -> PeriodMention? {
        guard let year = base.start, year == base.end, year.utf8.count == 4, let number = Int(year),
            let start = compared.start, let end = compared.end, start.utf8.count > 4, end.utf8.count > 4,
            start.hasPrefix(String(number + 1)), end.hasPrefix(String(number + 1))
        else { return nil }
        var shifted = base
        shifted.start = year + start.dropFirst(4)
        shifted.end = year + end.dropFirst(4)
        return shifted
    }

    /// "Mesa Refining Inc is being awarded a 62.5 mln dlr contract": the name
    /// that is the subject of the figure's clause, lower case, without company suffixes and
    /// what stands in brackets ("The Grain Export Corporation (GEC)" and "The Grain
    /// Export Corp" are one holder); none for a subject that is no name, a source the sentence
    /// cites ("The World Bank approved a loan") or a place.
    private func holder(of span: FigureSpan, tokens: [Token], structure: SentenceStructure, mentions: [SourceMention]) -> String? {
        guard let subject = Self.clauseSubject(of: span, structure) else { return nil }
        let phrase = structure.phrases[subject]
        // "The Acme Aerospace division of Acme Corp", "Acme Corp's Acme Marine Inc unit": a
        // name before a holder noun is the holder too
        let namedUnit = lexicon.holderNouns.contains(tokens[phrase.head].word)
            && phrase.range.contains { structure.tags[$0].wordClass == .properNoun && !lexicon.holderNouns.contains(tokens[$0].word) }
        guard structure.tags[phrase.head].wordClass == .properNoun || namedUnit, lexicon.metrics.value(of: tokens[phrase.head].lower) == nil,
            !mentions.contains(where: { $0.nameStart < phrase.end && phrase.start < $0.nameEnd }),
            !(places.places.match(tokens, at: phrase.start).map { phrase.start + $0.length >= phrase.end } ?? false)
        else { return nil }
        var words: [String] = []
        var depth = 0
        for k in phrase.range {
            if tokens[k].is("(") { depth += 1 } else if tokens[k].is(")") { depth = max(0, depth - 1) }
            guard depth == 0, structure.tags[k].wordClass == .properNoun, !lexicon.companySuffixes.contains(tokens[k].word),
                !lexicon.holderNouns.contains(tokens[k].word)
            else { continue }
            words.append(tokens[k].lower)
        }
        // "the Japanese government": a unit named by its country alone is no company
        if namedUnit, words.count == 1, places.places.match(tokens, at: phrase.range.first { structure.tags[$0].wordClass == .properNoun } ?? phrase.start) != nil {
            return nil
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// The subject of the clause a figure stands in, other than the figure's own phrase. "is
    /// being awarded a 48 mln dlr contract": a passive verb's second object is read as no
    /// object, so the verb right before the phrase is its clause's.
    private static func clauseSubject(of span: FigureSpan, _ structure: SentenceStructure) -> Int? {
        guard let figure = structure.phraseOfToken[span.numberStart] ?? structure.phraseOfToken[span.start] else { return nil }
        let start = structure.phrases[figure].start
        guard let clause = structure.clause(above: figure) ?? structure.clauses.firstIndex(where: { structure.groups[$0.verb].end == start }),
            let subject = structure.clauses[clause].effectiveSubject, subject != figure
        else { return nil }
        return subject
    }

    /// Whether the subject of the figure's clause is a source of no country (OPEC, the World
    /// Bank): what it holds is no nation's.
    private func isHeldByInternationalBody(_ span: FigureSpan, _ tokens: [Token], _ structure: SentenceStructure, _ mentions: [SourceMention]) -> Bool {
        guard let subject = Self.clauseSubject(of: span, structure) else { return false }
        let phrase = structure.phrases[subject]
        // "Sri Lanka and the IMF have agreed": a country beside it shares what it holds
        let members = [subject] + phrase.conjuncts + structure.phrases.indices.filter { structure.phrases[$0].conjuncts.contains(subject) }
        if members.contains(where: { places.places.match(tokens, at: structure.phrases[$0].start) != nil }) { return false }
        // "Oil use in the 24 member countries of the OECD": the subject with its "in" and "of" phrases
        var end = phrase.end
        var current = subject
        for _ in 0..<3 {
            guard let pp = structure.prepositions.first(where: { $0.attachment == .noun(current) && tokens[$0.preposition].isAny(of: ["in", "of"]) }),
                let object = pp.object
            else { break }
            end = max(end, structure.phrases[object].end)
            current = object
        }
        return mentions.contains { $0.nameStart < end && phrase.start < $0.nameEnd && sourceCountries[$0.key] == nil }
    }

    /// "the economy grew 3 percent", "prices rose 4.2 percent": a percentage change of what a
    /// rate measures is the rate itself, a level of it, as "growth of 3 percent" is; not a
    /// change followed by its new level ("growth rose 0.5 pct to 3 pct").
    private static func isRateLevel(_ span: FigureSpan, index: Int, _ spans: [FigureSpan], key: String?, rates: Set<String>, _ tokens: [Token]) -> Bool {
        guard span.kind == .change, span.unit == "percent", let key, rates.contains(key) else { return false }
        guard index + 1 < spans.count else { return true }
        let next = spans[index + 1]
        return !(next.unit == "percent" && next.start > 0 && tokens[next.start - 1].is("to"))
    }

    /// Whether a figure of time or a count is a hyphenated modifier of the word after it:
    /// "six-month bills", "two-day repurchase agreements", "a 20-year loan" (not "a term of 20
    /// years"), "the 12-nation community", "a 300-bed hospital".
    private static func isTerm(_ span: FigureSpan, _ tokens: [Token]) -> Bool {
        // the tokens first: most figures are no hyphenated modifier, and they cost no hashing
        guard span.end >= 2, span.end < tokens.count, tokens[span.end - 2].is("-"),
            !tokens[span.end - 2].spaced, !tokens[span.end - 1].spaced, tokens[span.end].isWord
        else { return false }
        return FigureWords.durations.contains(span.unit) || span.unit == "count"
    }

    /// An ISO 4217 code, alone or per something ("USD", "CAD/pound").
    static func isMoney(_ unit: String) -> Bool { FigureParser.isMoney(FigureParser.amountUnit(unit)) }

    /// How many brackets are open at each token.
    static func bracketDepth(_ tokens: [Token]) -> [Int] {
        var depth = 0
        var depths: [Int] = []
        depths.reserveCapacity(tokens.count)
        for index in tokens.indices {
            guard tokens[index].kind == .punctuation else {
                depths.append(depth)
                continue
            }
            if tokens[index].is(")") || tokens[index].is("]") { depth = max(0, depth - 1) }
            depths.append(depth)
            if tokens[index].is("(") || tokens[index].is("[") { depth += 1 }
        }
        return depths
    }

    /// Text with each run of blank space (line wraps, tabs, no-break spaces) as one space.
    static func folded(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { bytes in
            // nearly every sentence has no blank but single spaces between words: its bytes as
            // they are
            var plain = true
            var afterSpace = true
            for k in range {
                let b = bytes[k]
                if b == 32 {
                    plain = !afterSpace
                    afterSpace = true
                } else if (b < 32 || b == 0xC2 || b == 0xE2) && Tokenizer.blankWidth(bytes, k, range.upperBound) != nil {
                    plain = false
                } else {
                    afterSpace = false
                }
                if !plain { break }
            }
            if plain && (range.isEmpty || !afterSpace) {
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
            var out: [UInt8] = []
            out.reserveCapacity(range.count)
            var pendingSpace = false
            var k = range.lowerBound
            while k < range.upperBound {
                if let width = Tokenizer.blankWidth(bytes, k, range.upperBound) {
                    pendingSpace = true
                    k += width
                    continue
                }
                if pendingSpace && !out.isEmpty { out.append(32) }
                pendingSpace = false
                out.append(bytes[k])
                k += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
