import ClaimsExtract
import ClaimsNormalize
import Foundation
import Testing

/// The seed article against what a careful reader takes from it (Fixtures/seed-expected.json).
@Suite struct SeedExpectationTests {
    struct Expected: Decodable {
        struct Article: Decodable {
            var title: String
            var not_claims: [String]
            var headings_not_claims: [String]
        }
        struct Attribution: Decodable {
            var sentence: String
            var sources: [String]
        }
        struct Mention: Decodable {
            var sentence: String
            var mentions: [String]
            var sources: [String]
        }
        struct ExpectedFigure: Decodable {
            var sentence: String
            var text: String
            var value: Double
            var unit: String
            var qualifier: String
            var metric: String
            var period_start: String?
            var period_end: String?
            var source: String
        }
        var article: Article
        var attributions: [Attribution]
        var mentions_not_attributions: [Mention]
        struct ExpectedStance: Decodable {
            var sentence: String
            var actor: String
            var actor_country: String?
            var polarity: String
            var qualifier: String?
            var target_contains: String?
        }
        var figures: [ExpectedFigure]
        var not_figures: [String]
        var stances: [ExpectedStance]
    }

    let expected: Expected
    let document: Document
    let claims: [Claim]

    init() throws {
        expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: TestPaths.fixture("seed-expected.json")))
        let bytes = [UInt8](try Data(contentsOf: TestPaths.seedArticle))
        document = try Normalizer.builtIn().normalize(bytes, format: .text)
        claims = try Extractor.builtIn().claims(in: document)
    }

    private func claim(containing fragment: String) -> Claim? {
        claims.first { $0.sentence.contains(fragment) }
    }

    @Test func titleIsTheRepeatedLineNotTheBreadcrumb() {
        #expect(document.title == expected.article.title)
    }

    @Test func headingsAndBoilerplateAreNeverClaims() {
        for text in expected.article.not_claims + expected.article.headings_not_claims {
            #expect(!claims.contains { $0.sentence == text || $0.sentence.hasPrefix(text) && text.count > 12 }, "\(text)")
        }
    }

    @Test func everyAttributionIsFound() {
        for attribution in expected.attributions {
            let found = claim(containing: attribution.sentence)
            #expect(found != nil, "no claim for: \(attribution.sentence)")
            #expect(Set(found?.attributedKeys ?? []) == Set(attribution.sources), "\(attribution.sentence)")
        }
    }

    @Test func mentionsAreNotAttributions() {
        for mention in expected.mentions_not_attributions {
            let found = claim(containing: mention.sentence)
            #expect(found?.attributedKeys == mention.sources)
            let mentioned = found?.sources.filter { $0.role == .mentioned }.map(\.key) ?? []
            #expect(Set(mentioned) == Set(mention.mentions))
        }
    }

    @Test func everyFigureHasItsValueUnitQualifierAndPeriod() throws {
        for figure in expected.figures {
            let found = try #require(claim(containing: figure.sentence), "\(figure.sentence)")
            let parsed = try #require(found.figures.first { $0.text == figure.text }, "no figure '\(figure.text)'")
            #expect(parsed.value == figure.value)
            #expect(parsed.unit == figure.unit)
            #expect(parsed.qualifier.rawValue == figure.qualifier)
            #expect(parsed.metric == figure.metric)
            #expect(parsed.periodStart == figure.period_start)
            #expect(parsed.periodEnd == figure.period_end)
            #expect(found.attributedKeys.contains(figure.source))
        }
    }

    @Test func noOtherFigures() {
        let all = claims.flatMap(\.figures)
        #expect(all.count == expected.figures.count, "\(all.map(\.text))")
        for text in expected.not_figures {
            #expect(!all.contains { $0.text == text || $0.text.hasSuffix(" " + text) }, "\(text) taken as a figure")
        }
    }

    @Test func offsetsPointIntoTheBodyInUnicodeScalars() {
        let scalars = Array(document.body.unicodeScalars)
        for claim in claims {
            let slice = String(String.UnicodeScalarView(scalars[claim.start..<claim.end]))
            #expect(slice.split(whereSeparator: \.isWhitespace) == claim.sentence.split(whereSeparator: \.isWhitespace))
            for figure in claim.figures {
                #expect(String(String.UnicodeScalarView(scalars[figure.start..<figure.end])) == figure.text)
            }
        }
    }

    @Test func approximateFigureSpansTheDefaultTolerance() throws {
        let growth = try #require(claim(containing: "The IMF projects")?.figures.first)
        #expect(growth.low == 3.04)
        #expect(growth.high == 3.36)
        #expect(growth.metricKey == "gdp_growth")
    }

    @Test func everyStanceHasItsActorPolarityQualifierAndTarget() throws {
        for stance in expected.stances {
            let found = try #require(claim(containing: stance.sentence), "no claim for: \(stance.sentence)")
            let candidates = found.stances.filter { $0.actor == stance.actor && $0.polarity.rawValue == stance.polarity }
            let wanted = stance.target_contains?.lowercased()
            let match = candidates.first { found in wanted.map { found.target?.lowercased().contains($0) == true } ?? true }
                ?? candidates.first
            #expect(match != nil, "\(stance.actor) \(stance.polarity) in: \(stance.sentence); found \(found.stances.map { "\($0.actor) \($0.polarity)" })")
            if let country = stance.actor_country { #expect(match?.actorCountry == country, "\(stance.actor)") }
            if let qualifier = stance.qualifier { #expect(match?.qualifier == qualifier, "\(stance.actor) in: \(stance.sentence)") }
            if let target = stance.target_contains {
                #expect(match?.target?.lowercased().contains(target.lowercased()) == true, "\(stance.actor): \(match?.target ?? "nil")")
            }
        }
    }

    @Test func thePlanAndItsFullNameShareOneTargetKey() {
        let keys = Set(claims.flatMap(\.stances).filter { $0.target?.lowercased().contains("plan") == true }.compactMap(\.targetKey))
        #expect(keys == ["ukraine_nato_style_protection_plan"])
    }
}
