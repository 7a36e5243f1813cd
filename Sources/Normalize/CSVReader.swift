/// RFC 4180 CSV: quoted cells may hold commas, quotes ("") and line breaks. Each record
/// keeps the line it starts on, so that errors can point at it. One reader for every CSV the
/// project reads: vocabulary imports, AG News for `make eval`, and tests of `--format csv`.
public enum CSVReader {
    public struct Record: Sendable, Equatable {
        public var line: Int
        public var cells: [String]
    }

    /// The records of `text`, blank lines skipped, or the line of a quote that is never closed.
    public static func records(_ text: String) -> Result<[Record], UnclosedQuote> {
        var records: [Record] = []
        var cells: [String] = []
        var cell = ""
        var line = 1
        var recordLine = 1
        var quoted = false
        var quoteLine = 1
        var iterator = text.unicodeScalars.makeIterator()
        var pending = iterator.next()
        func endRecord() {
            cells.append(cell)
            if !(cells.count == 1 && cells[0].isEmpty) { records.append(Record(line: recordLine, cells: cells)) }
            cells = []
            cell = ""
        }
        while let scalar = pending {
            pending = iterator.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        cell.unicodeScalars.append("\"")
                        pending = iterator.next()
                    } else {
                        quoted = false
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    cell.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where cell.isEmpty:
                quoted = true
                quoteLine = line
            case ",":
                cells.append(cell)
                cell = ""
            case "\r" where pending == "\n":
                continue
            case "\n", "\r":
                endRecord()
                line += 1
                recordLine = line
            default:
                cell.unicodeScalars.append(scalar)
            }
        }
        if quoted { return .failure(UnclosedQuote(line: quoteLine)) }
        endRecord()
        return .success(records)
    }

    public struct UnclosedQuote: Error, Sendable {
        public var line: Int
    }
}
