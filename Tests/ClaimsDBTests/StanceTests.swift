import ClaimsExtract
import ClaimsNormalize
import Testing

/// Actors, cues, negation, hedges and targets of stances.
@Suite struct StanceTests {
    private let extractor: Extractor

    init() throws {
        extractor = try Extractor.builtIn()
    }

    private func stances(_ sentence: String, title: String? = nil) -> [Stance] {
        let document = Document(title: title, format: .text, body: sentence,
                                blocks: [Block(kind: .paragraph, start: 0, end: sentence.utf8.count)])
        return extractor.claims(in: document).flatMap(\.stances)
    }

    private func summary(_ sentence: String) -> [String] {
        stances(sentence).map { "\($0.actor) \($0.polarity.rawValue)" }
    }

    @Test func supportCues() {
        for cue in ["backs", "supports", "endorsed", "welcomed", "favours", "advocates"] {
            #expect(summary("Germany \(cue) the plan.") == ["Germany support"], "\(cue)")
        }
        #expect(summary("Germany sees the plan as a stepping stone toward peace.") == ["Germany support"])
    }

    @Test func opposeCues() {
        for cue in ["opposes", "rejected", "criticised", "warned against", "doubts"] {
            #expect(summary("Poland \(cue) the plan.") == ["Poland oppose"], "\(cue)")
        }
        #expect(summary("Poland is skeptical of the plan.") == ["Poland oppose"])
        #expect(summary("Poland cast doubt on the plan.") == ["Poland oppose"])
        #expect(summary("Poland expressed concern about the plan.") == ["Poland oppose"])
    }

    @Test func neutralCues() {
        #expect(summary("France remains cautious about the plan.") == ["France neutral"])
        #expect(summary("Italy is undecided on the plan.") == ["Italy neutral"])
    }

    @Test func negationFlips() {
        #expect(summary("Hungary does not support the plan.") == ["Hungary oppose"])
        #expect(summary("Hungary never opposed the plan.") == ["Hungary support"])
        #expect(summary("Hungary refused to back the plan.") == ["Hungary oppose"])
    }

    @Test func hedgesBecomeTheQualifier() {
        #expect(stances("Russia gave conditional backing to the plan.").first?.qualifier == "conditional")
        #expect(stances("Russia tentatively backed the plan.").first?.qualifier == "tentative")
        #expect(stances("Poland is more skeptical.").first?.qualifier == "skeptical")
    }

    @Test func capitalsAndLeadersStandForCountries() {
        let moscow = stances("Moscow rejected the offer.").first
        #expect(moscow?.actor == "Russia")
        #expect(moscow?.actorCountry == "RU")
        let putin = stances("Russian President Vladimir Putin backed the plan.").first
        #expect(putin?.actor == "Vladimir Putin")
        #expect(putin?.actorCountry == "RU")
        #expect(stances("Kyiv welcomed the deal.").first?.actorCountry == "UA")
        #expect(stances("Washington opposed the sale.").first?.actorCountry == "US")
    }

    @Test func groupsAndCollectives() {
        let baltic = stances("The Baltic states opposed the deal.").first
        #expect(baltic?.actor == "Baltic states")
        #expect(baltic?.actorCountry == "EE,LV,LT")
        #expect(summary("Critics warn that the plan could fail.") == ["critics oppose"])
        let leaders = stances("Some Ukrainian leaders have expressed concern.").first
        #expect(leaders?.actor == "Ukrainian leaders")
        #expect(leaders?.actorCountry == "UA")
        #expect(summary("European capitals remain cautious.") == ["European capitals neutral"])
    }

    @Test func coordinatedSubjectsEachTakeTheStance() {
        #expect(summary("Germany and France backed the plan.") == ["Germany support", "France support"])
    }

    @Test func pronounsStandForTheSpeaker() {
        #expect(summary("Treasury Secretary James Baker said he opposed the bill.") == ["James Baker oppose"])
        #expect(summary("The IMF said it would support the programme.") == ["IMF support"])
    }

    @Test func passivesAndCompoundsNameTheActorAfterwards() {
        #expect(summary("The sale was opposed by the U.S. Defense Department.") == ["U.S. Defense Department oppose"])
        #expect(stances("U.S.-backed rebels attacked the town.").first?.actorCountry == "US")
    }

    @Test func purposesAndTechnicalSupportAreNotStances() {
        #expect(stances("Japan keeps a price zone to support domestic producers.").isEmpty)
        #expect(stances("The firm offers technical support to banks.").isEmpty)
    }

    @Test func targetsAreTheObjectElseTheTopic() {
        #expect(stances("Russia backed the sale of the aircraft.").first?.target == "the sale of the aircraft")
        #expect(stances("Moscow's opposition to Ukraine's NATO membership hardened.").first?.target == "Ukraine's NATO membership")
        let topical = stances("Poland is more skeptical.", title: "Protection Plan Debate")
        #expect(topical.first?.target == nil)
    }

    @Test func targetKeysGroupTheTopicAcrossWordings() {
        let body = "Germany backed the protection plan. France opposed the protection plan for weeks. Italy backed the plan."
        let document = Document(title: "Protection Plan Splits Europe", format: .text, body: body,
                                blocks: [Block(kind: .paragraph, start: 0, end: body.utf8.count)])
        let keys = Set(extractor.claims(in: document).flatMap(\.stances).compactMap(\.targetKey))
        #expect(keys == ["protection_plan"])
    }
}
