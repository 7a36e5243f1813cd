/// Publication dates as ISO 8601, whatever form the input gave them in, so that `find
/// --since` and `--until` compare like with like and a date is never kept as an opaque string.
///
/// Read: ISO 8601 dates and date-times (`1987-03-03`, `1987-03-03T14:32:10`, with `Z` or an
/// offset, a space for the `T`, fractions of a second), RFC 2822 (`Tue, 03 Mar 1987 14:32:10
/// GMT`, named US zones included), Unix time in seconds or milliseconds, and dates written
/// out (`March 3, 1987`, `3 March 1987`). A date-time is written `YYYY-MM-DDTHH:MM:SS` with
/// its zone as given (`Z` or `+HH:MM`); a bare date stays a date. Impossible dates (month 13,
/// February 30) are refused.
public enum PublicationDate {
    /// The ISO 8601 form of `text`, or nil when it is not a date this reads.
    public static func iso(_ text: String) -> String? {
        if let canonical = canonicalISO(text) { return canonical }
        let trimmed = text[...].trimmingBlanks()
        if trimmed.isEmpty { return nil }
        if trimmed.allSatisfy(\.isASCIIDigitOrPoint), trimmed.count >= 9, let seconds = Double(trimmed) {
            return iso(unixTime: seconds)
        }
        return isoForm(trimmed) ?? rfc2822(trimmed) ?? writtenOut(trimmed)
    }

    /// Unix time: seconds since 1970 UTC, or milliseconds when the number is too large to be
    /// seconds before the year 5000.
    public static func iso(unixTime: Double) -> String? {
        guard unixTime.isFinite, unixTime >= 0 else { return nil }
        let seconds = unixTime >= 1e11 ? unixTime / 1000 : unixTime
        guard seconds < 95_617_584_000 else { return nil }
        let whole = Int(seconds)
        let days = whole / 86_400
        let time = whole % 86_400
        let (year, month, day) = civil(fromDays: days)
        return Stamp(year: year, month: month, day: day, hour: time / 3600, minute: time / 60 % 60, second: time % 60, zone: "Z").text
    }

    /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS` (most dates of a dump) checked on their bytes and
    /// kept as they are; anything else goes through the scanner.
    private static func canonicalISO(_ text: String) -> String? {
        let b = Array(text.utf8)
        guard b.count == 10 || b.count == 19 else { return nil }
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                guard b[i] >= 48, b[i] <= 57 else { return nil }
                value = value * 10 + Int(b[i] - 48)
            }
            return value
        }
        guard b[4] == 45, b[7] == 45, let year = digits(0..<4), let month = digits(5..<7), let day = digits(8..<10),
            valid(year, month, day)
        else { return nil }
        if b.count == 10 { return text }
        guard b[10] == 84, b[13] == 58, b[16] == 58, let hour = digits(11..<13), let minute = digits(14..<16),
            let second = digits(17..<19), hour < 24, minute < 60, second < 61
        else { return nil }
        return text
    }

    // MARK: forms

    private static func isoForm(_ text: Substring) -> String? {
        var scanner = Scanner(text)
        guard let year = scanner.digits(4) else { return nil }
        if scanner.atEnd { return valid(year, 1, 1) ? String(format4(year)) : nil }
        guard scanner.take("-"), let month = scanner.digits(2) else { return nil }
        if scanner.atEnd { return valid(year, month, 1) ? "\(format4(year))-\(two(month))" : nil }
        guard scanner.take("-"), let day = scanner.digits(2), valid(year, month, day) else { return nil }
        if scanner.atEnd { return "\(format4(year))-\(two(month))-\(two(day))" }
        guard scanner.take("T") || scanner.take("t") || scanner.take(" ") else { return nil }
        guard let hour = scanner.digits(2), scanner.take(":"), let minute = scanner.digits(2) else { return nil }
        var second = 0
        if scanner.take(":") {
            guard let value = scanner.digits(2) else { return nil }
            second = value
            if scanner.take(".") || scanner.take(",") { guard scanner.skipDigits() else { return nil } }
        }
        scanner.skipSpaces()
        let zone: String
        if scanner.atEnd {
            zone = ""
        } else if let offset = scanner.zone() {
            zone = offset
        } else {
            return nil
        }
        guard scanner.atEnd, hour < 24, minute < 60, second < 61 else { return nil }
        return Stamp(year: year, month: month, day: day, hour: hour, minute: minute, second: second, zone: zone).text
    }

    /// `[Tue, ]03 Mar 1987 14:32[:10] GMT|+0100`.
    private static func rfc2822(_ text: Substring) -> String? {
        var scanner = Scanner(text)
        if scanner.word().map({ Self.weekdays.contains($0.lowercased()) }) == true {
            guard scanner.take(",") else { return nil }
        } else {
            scanner = Scanner(text)
        }
        scanner.skipSpaces()
        guard let day = scanner.digits(1...2) else { return nil }
        scanner.skipSpaces()
        guard let monthName = scanner.word(), let month = Self.month(monthName) else { return nil }
        scanner.skipSpaces()
        guard let year = scanner.digits(4) else { return nil }
        scanner.skipSpaces()
        guard valid(year, month, day) else { return nil }
        if scanner.atEnd { return "\(format4(year))-\(two(month))-\(two(day))" }
        guard let hour = scanner.digits(2), scanner.take(":"), let minute = scanner.digits(2) else { return nil }
        var second = 0
        if scanner.take(":") {
            guard let value = scanner.digits(2) else { return nil }
            second = value
        }
        scanner.skipSpaces()
        let zone = scanner.atEnd ? "" : scanner.zone()
        guard let zone, scanner.atEnd, hour < 24, minute < 60, second < 61 else { return nil }
        return Stamp(year: year, month: month, day: day, hour: hour, minute: minute, second: second, zone: zone).text
    }

    /// `March 3, 1987` or `3 March 1987`: a date, no time.
    private static func writtenOut(_ text: Substring) -> String? {
        var scanner = Scanner(text)
        var day: Int?
        var month: Int?
        if let name = scanner.word() {
            month = Self.month(name)
            scanner.skipSpaces()
            day = scanner.digits(1...2)
            _ = scanner.take(",")
        } else {
            day = scanner.digits(1...2)
            scanner.skipSpaces()
            month = scanner.word().flatMap(Self.month)
        }
        scanner.skipSpaces()
        guard let day, let month, let year = scanner.digits(4), scanner.atEnd, valid(year, month, day) else { return nil }
        return "\(format4(year))-\(two(month))-\(two(day))"
    }

    // MARK: calendar

    private static func valid(_ year: Int, _ month: Int, _ day: Int) -> Bool {
        guard year >= 1, (1...12).contains(month), day >= 1 else { return false }
        let lengths = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    private static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// Days since 1970-01-01 of a day of the proleptic Gregorian calendar; the inverse of
    /// ``civil(fromDays:)``, for counting days back from a date ("yesterday", "on Monday").
    public static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        return era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear - 719_468
    }

    /// Year, month and day of a count of days since 1970-01-01 (proleptic Gregorian).
    public static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static let weekdays: Set<String> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday",
                                                "thursday", "friday", "saturday", "sunday"]
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func month(_ name: Substring) -> Int? {
        let lower = name.lowercased().trimmingSuffix(".")
        guard lower.count >= 3, let index = months.firstIndex(where: { lower.hasPrefix($0) }) else { return nil }
        let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"][index]
        return lower.count == 3 || full.hasPrefix(lower) || lower == "sept" ? index + 1 : nil
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
    private static func format4(_ value: Int) -> String { String(repeating: "0", count: max(0, 4 - String(value).count)) + String(value) }

    private struct Stamp {
        var year, month, day, hour, minute, second: Int
        var zone: String
        var text: String {
            "\(format4(year))-\(two(month))-\(two(day))T\(two(hour)):\(two(minute)):\(two(second))\(zone)"
        }
    }

    /// A cursor over the characters of a date.
    private struct Scanner {
        let text: [Character]
        var at = 0

        init(_ text: Substring) { self.text = Array(text) }

        var atEnd: Bool { at == text.count }

        mutating func take(_ c: Character) -> Bool {
            guard at < text.count, text[at] == c else { return false }
            at += 1
            return true
        }

        mutating func skipSpaces() { while at < text.count, text[at] == " " { at += 1 } }

        mutating func digits(_ count: Int) -> Int? { digits(count...count) }

        mutating func digits(_ counts: ClosedRange<Int>) -> Int? {
            var end = at
            while end < text.count, end - at < counts.upperBound, text[end].isASCII, text[end].isNumber { end += 1 }
            guard counts.contains(end - at), end == text.count || !text[end].isNumber, let value = Int(String(text[at..<end])) else { return nil }
            at = end
            return value
        }

        mutating func skipDigits() -> Bool {
            let start = at
            while at < text.count, text[at].isASCII, text[at].isNumber { at += 1 }
            return at > start
        }

        mutating func word() -> Substring? {
            let start = at
            while at < text.count, text[at].isLetter || text[at] == "." { at += 1 }
            return at > start ? Substring(String(text[start..<at])) : nil
        }

        /// `Z`, `+01:00`, `-0500`, `GMT`, `UT`, `UTC` or a US zone, as `Z` or `+HH:MM`.
        mutating func zone() -> String? {
            if take("Z") || take("z") { return "Z" }
            if let sign = text[safe: at], sign == "+" || sign == "-" {
                at += 1
                guard let hours = digits(2) else { return nil }
                _ = take(":")
                guard let minutes = digits(2), hours < 24, minutes < 60 else { return nil }
                return hours == 0 && minutes == 0 ? "Z" : "\(sign)\(two(hours)):\(two(minutes))"
            }
            guard let name = word()?.uppercased() else { return nil }
            let offsets = ["GMT": 0, "UT": 0, "UTC": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7]
            guard let hours = offsets[name] else { return nil }
            return hours == 0 ? "Z" : "-\(two(-hours)):00"
        }
    }
}

extension Character {
    fileprivate var isASCIIDigitOrPoint: Bool { isASCII && (isNumber || self == ".") }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

extension StringProtocol {
    fileprivate func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : String(self)
    }
}
