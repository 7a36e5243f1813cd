import ClaimsNormalize
import Foundation
import Testing

/// Every output format carries the same rows, and each parses back to them.
@Suite(.serialized) struct OutputFormatTests {
    let db: String

    init() throws {
        db = try TestPaths.scratch().appendingPathComponent("claims.db").path
        #expect(try CLI.run(["ingest", "--db", db, TestPaths.root.appendingPathComponent("seeds/articles").path]).status == 0)
    }

    private func output(_ format: String) throws -> String {
        let run = try CLI.run(["find", "--source", "WORLD_BANK", "--db", db, "--format", format])
        #expect(run.status == 0)
        return run.stdout
    }

    /// The reference: JSON rows as text cells (NULL as empty), in column order.
    private func reference() throws -> (columns: [String], rows: [[String]]) {
        let text = try output("json")
        let rows = try CLI.json(text) as? [[String: Any]] ?? []
        let columns = ["claim_id", "published", "source", "sentence", "figure", "value", "unit", "qualifier", "metric_key", "period_start", "period_end"]
        return (columns, rows.map { row in columns.map { cell(row[$0]) } })
    }

    private func cell(_ value: Any?) -> String {
        switch value {
        case nil, is NSNull: return ""
        case let number as NSNumber: return number.doubleValue == number.doubleValue.rounded() && abs(number.doubleValue) < 1e15
            ? String(Int64(number.doubleValue)) : String(number.doubleValue)
        case let text as String: return text
        default: return "\(value ?? "")"
        }
    }

    @Test func jsonLinesParseBackToTheJSONRows() throws {
        let reference = try reference()
        let rows = try output("jsonl").split(separator: "\n").map { line -> [String] in
            let object = try CLI.json(String(line)) as? [String: Any] ?? [:]
            return reference.columns.map { cell(object[$0]) }
        }
        #expect(rows == reference.rows)
        #expect(rows.count == 3)
    }

    @Test func csvParsesBack() throws {
        let reference = try reference()
        let parsed = try Self.csv(try output("csv"))
        #expect(parsed.first == reference.columns)
        #expect(Array(parsed.dropFirst()) == reference.rows)
    }

    @Test func tsvParsesBack() throws {
        let reference = try reference()
        let parsed = try output("tsv").split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(parsed.first == reference.columns)
        #expect(Array(parsed.dropFirst()) == reference.rows)
    }

    @Test func markdownParsesBack() throws {
        let reference = try reference()
        let lines = try output("markdown").split(separator: "\n").map(String.init)
        let rows = lines.enumerated().filter { $0.offset != 1 }.map { Self.markdownCells($0.element) }
        #expect(rows.first == reference.columns)
        #expect(Array(rows.dropFirst()) == reference.rows)
    }

    @Test func tableParsesBackByColumnPositions() throws {
        let reference = try reference()
        let lines = try output("table").split(separator: "\n").map(String.init)
        let dashes = try #require(lines.dropFirst().first)
        var starts: [Int] = []
        var previous: Character = " "
        for (index, character) in dashes.enumerated() {
            if character == "-" && previous == " " { starts.append(index) }
            previous = character
        }
        func cells(_ line: String) -> [String] {
            let characters = Array(line)
            return starts.enumerated().map { index, start in
                let end = index + 1 < starts.count ? starts[index + 1] : characters.count
                guard start < characters.count else { return "" }
                return String(characters[start..<min(end, characters.count)]).trimmingCharacters(in: .whitespaces)
            }
        }
        #expect(cells(lines[0]) == reference.columns)
        #expect(lines.dropFirst(2).map(cells) == reference.rows)
    }

    /// RFC 4180, as a spreadsheet reads it.
    static func csv(_ text: String) throws -> [[String]] {
        try CSVReader.records(text).get().map(\.cells)
    }

    static func markdownCells(_ line: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for c in line.dropFirst().dropLast() {
            if escaped { current.append(c); escaped = false; continue }
            if c == "\\" { escaped = true; continue }
            if c == "|" { cells.append(current.trimmingCharacters(in: .whitespaces)); current = ""; continue }
            current.append(c)
        }
        cells.append(current.trimmingCharacters(in: .whitespaces))
        return cells
    }
}
