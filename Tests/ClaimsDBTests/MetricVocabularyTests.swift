@testable import ClaimsExtract
import ClaimsNormalize
import ClaimsSeeds
import Testing

/// `seeds/metrics.json` as data, and the keys figures get from it: a modifier that names another
/// quantity keeps its figures out of the generic key, and a phrase no key names gets an open key.
@Suite struct MetricVocabularyTests {
    private let extractor: Extractor

    init() throws {
        extractor = try Extractor.builtIn()
    }

    private func figure(_ sentence: String) -> Figure? {
        let document = Document(published: nil, format: .text, body: sentence, blocks: [Block(kind: .paragraph, start: 0, end: sentence.utf8.count)])
        return extractor.claims(in: document).flatMap(\.figures).first
    }

    private func key(_ sentence: String) -> String? { figure(sentence)?.metricKey }

    @Test func everyPhraseNamesOneKeyAndEveryKeyIsSnakeCase() throws {
        var owner: [String: String] = [:]
        for (key, phrases) in try SeedVocabularies.builtIn().metrics.metrics {
            #expect(!key.isEmpty && key.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }, "\(key)")
            #expect(!phrases.isEmpty, "\(key) has no phrase")
            for phrase in phrases {
                #expect(phrase == phrase.lowercased() && !phrase.contains("  "), "\(key): \(phrase)")
                #expect(owner[phrase] == nil, "\(phrase) names \(owner[phrase] ?? "") and \(key)")
                owner[phrase] = key
            }
        }
    }

    @Test func theKeysUsersAlreadyQueryAreKept() throws {
        let keys = Set(try SeedVocabularies.builtIn().metrics.metrics.keys)
        for key in ["gdp_growth", "gdp", "inflation", "unemployment", "interest_rate", "financial_support", "military_aid", "aid",
                    "defense_spending", "foreign_debt", "budget_deficit", "budget_surplus", "trade_deficit", "trade_surplus",
                    "current_account", "exports", "imports", "reserves", "lending", "investment", "reconstruction_cost", "oil_output",
                    "oil_price", "revenue", "net_income", "dividend", "share_price", "population", "casualties", "refugees", "troops",
                    "invocations", "tax_revenue", "wages", "money_supply", "exchange_rate", "debt_relief", "grain_harvest",
                    "wheat_crop", "corn_crop", "soybean_crop", "rice_crop", "coffee_crop", "cocoa_crop", "sugar_crop"] {
            #expect(keys.contains(key), "\(key) was removed")
        }
    }

    @Test func industrialAndCoalOutputAreNotOilOutput() {
        #expect(key("Industrial output rose 2.1 pct in January.") == "industrial_production")
        #expect(key("Coal production fell 3.5 pct in 1986.") == "coal_production")
        #expect(key("Oil output rose to 1.2 mln barrels per day.") == "oil_output")
    }

    @Test func moneyMarketAssistanceIsNotAid() {
        #expect(key("The bank said its money market assistance totalled 215 mln stg.") == "money_market_assistance")
        let bare = figure("The bank said assistance totalled 215 mln stg.")
        #expect(bare?.metricKey == "assistance" && bare?.metricKeyIsOpen == true)
        #expect(key("It sent 60 billion dollars in humanitarian aid.") == "aid")
    }

    /// A bank's business loans (a stock the Fed reports weekly) are not a loan a lender approves.
    @Test func businessLoansAreNotALoan() {
        #expect(key("Business loans fell 971 mln dlrs to 280.22 billion dlrs, the Fed said.") == "business_loans")
        #expect(key("The World Bank said it approved a 75 mln dlr loan to Ecuador.") == "lending")
    }

    @Test func retailAndCarSalesAreNotRevenue() {
        #expect(key("Retail sales rose 1.2 pct in February.") == "retail_sales")
        #expect(key("Car sales fell 4.5 pct in March.") == "car_sales")
        #expect(key("Sales rose 5 pct to 120 mln dlrs.") == "revenue")
    }

    @Test func theGrowthOfANamedQuantityIsNotGDPGrowth() {
        #expect(key("Money supply growth was 8.5 pct in February.") == "money_supply")
        #expect(key("The IMF projects growth of around 3.2 percent.") == "gdp_growth")
    }

    @Test func aPhraseNoKeyNamesGetsAnOpenKeyFromItsHeadAndModifier() {
        let egg = figure("U.S. egg production rose 2 pct in March.")
        #expect(egg?.metric == "egg production")
        #expect(egg?.place == "US")
        #expect(egg?.metricKey == "egg_production")
        #expect(egg?.metricKeyIsOpen == true)
        let known = figure("Inflation rose to 5 pct.")
        #expect(known?.metricKey == "inflation" && known?.metricKeyIsOpen == false)
    }

    @Test func openKeysAreTheHeadAndModifierInTheFormMetricsAddAccepts() {
        #expect(MetricResolver.openKey("U.S. housing starts") == "housing_starts")
        #expect(MetricResolver.openKey("same-store sales") == "same_store_sales")
        #expect(MetricResolver.openKey("the Café's Turnover") == "cafe_turnover")
        #expect(MetricResolver.openKey("bank’s deposits") == "bank_deposits")
        #expect(MetricResolver.openKey("-- ...") == nil)
    }
}
