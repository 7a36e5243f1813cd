/// Precision, recall and F1 from counts of true positives, false positives and false negatives.
struct Score {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0

    var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    var f1: Double {
        let p = precision
        let r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    static func += (lhs: inout Score, rhs: Score) {
        lhs.truePositives += rhs.truePositives
        lhs.falsePositives += rhs.falsePositives
        lhs.falseNegatives += rhs.falseNegatives
    }
}

/// A share of right answers among those checked.
struct Share {
    var right = 0
    var total = 0
    var value: Double { ratio(right, total) }

    mutating func count(_ isRight: Bool) {
        total += 1
        if isRight { right += 1 }
    }
}

func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }
