import ClaimsNormalize
import Foundation

/// One entry of a vocabulary file, CSV row or JSON object alike: field -> values, and where
/// it was read, for error messages. A CSV cell holds several values separated by `;`.
struct VocabularyRecord {
    /// `file:line` for CSV, `file: entry N` for JSON.
    var location: String
    var fields: [String: [String]]

    /// The single value of a field, nil when absent or empty.
    func value(_ field: String) -> String? { fields[field]?.first }

    func values(_ field: String) -> [String] { fields[field] ?? [] }

    /// The records of a CSV or JSON file; `format` overrides the extension.
    static func read(path: String, format: VocabularyFileFormat?, allowed: Set<String>) throws(StoreError) -> [VocabularyRecord] {
        guard let format = format ?? VocabularyFileFormat(rawValue: (path as NSString).pathExtension.lowercased()) else {
            throw .invalidVocabulary("\(path): unknown format; name the file .csv or .json, or pass --format")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .invalidVocabulary("\(path): cannot read the file")
        }
        guard var text = String(data: data, encoding: .utf8) else { throw .invalidVocabulary("\(path): not UTF-8 text") }
        // spreadsheets save CSV with a byte order mark
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let records = try format == .csv ? csv(text, path: path) : json(data, path: path)
        for record in records {
            if let unknown = record.fields.keys.sorted().first(where: { !allowed.contains($0) }) {
                throw .invalidVocabulary("\(record.location): unknown field '\(unknown)' (known: \(allowed.sorted().joined(separator: ", ")))")
            }
        }
        return records
    }

    private static func csv(_ text: String, path: String) throws(StoreError) -> [VocabularyRecord] {
        let rows: [CSVReader.Record]
        switch CSVReader.records(text) {
        case .success(let records): rows = records
        case .failure(let error): throw .invalidVocabulary("\(path):\(error.line): a quoted cell is never closed")
        }
        guard let header = rows.first else { throw .invalidVocabulary("\(path): empty file; the first line names the columns") }
        let columns = header.cells.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var records: [VocabularyRecord] = []
        for row in rows.dropFirst() {
            guard row.cells.count <= columns.count else {
                throw .invalidVocabulary("\(path):\(row.line): \(row.cells.count) cells, but the header names \(columns.count) columns")
            }
            var fields: [String: [String]] = [:]
            for (column, cell) in zip(columns, row.cells) {
                let values = cell.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                if !values.isEmpty { fields[column] = values }
            }
            records.append(VocabularyRecord(location: "\(path):\(row.line)", fields: fields))
        }
        return records
    }

    /// An array of objects, or an object of key -> phrases (the shape of seeds/metrics.json,
    /// with or without its `metrics` wrapper).
    private static func json(_ data: Data, path: String) throws(StoreError) -> [VocabularyRecord] {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw .invalidVocabulary("\(path): invalid JSON")
        }
        if let object = parsed as? [String: Any] {
            let keyed = object["metrics"] as? [String: Any] ?? object
            return try keyed.keys.sorted().enumerated().map { index, key throws(StoreError) in
                let location = "\(path): entry \(index + 1)"
                return VocabularyRecord(location: location, fields: ["metric_key": [key], "phrases": try strings(keyed[key], location)])
            }
        }
        guard let array = parsed as? [Any] else {
            throw .invalidVocabulary("\(path): expected an array of objects")
        }
        return try array.enumerated().map { index, element throws(StoreError) in
            let location = "\(path): entry \(index + 1)"
            guard let object = element as? [String: Any] else { throw .invalidVocabulary("\(location): not an object") }
            var fields: [String: [String]] = [:]
            for (key, value) in object where !(value is NSNull) {
                let values = try strings(value, "\(location): \(key)")
                if !values.isEmpty { fields[key] = values }
            }
            return VocabularyRecord(location: location, fields: fields)
        }
    }

    private static func strings(_ value: Any?, _ location: String) throws(StoreError) -> [String] {
        if let text = value as? String { return [text] }
        if let items = value as? [Any] {
            return try items.map { item throws(StoreError) in
                guard let text = item as? String else { throw .invalidVocabulary("\(location): expected strings") }
                return text
            }
        }
        throw .invalidVocabulary("\(location): expected a string or an array of strings")
    }
}

/// The formats `sources import`, `metrics import` and `actors import` read.
public enum VocabularyFileFormat: String, Sendable, CaseIterable {
    case csv, json
}
