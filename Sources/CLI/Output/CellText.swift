/// What text from the database becomes in a cell of each output format. Decided scalar by
/// scalar: Swift's `Character` holds "\r\n" as one, which a test of `== "\n"` misses.
enum CellText {
    /// Whether some reader starts a new line at `scalar`: LF, VT, FF, CR, NEL, Unicode's line
    /// and paragraph separators, and FS, GS and RS, which Python's `str.splitlines` breaks at.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A ... 0x0D, 0x1C ... 0x1E, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// C0 and C1 controls, DEL, and the line and paragraph separators.
    static func isControlOrSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00 ... 0x1F, 0x7F ... 0x9F, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Whether a spreadsheet would take a cell of `text` for a formula and run it: it starts
    /// with `=`, `+`, `-`, `@`, a tab or a carriage return (OWASP, "CSV Injection"). A `'`
    /// before it makes the cell text, as OWASP advises; a spreadsheet may show the `'`.
    static func startsLikeFormula(_ text: String) -> Bool {
        switch text.unicodeScalars.first {
        case "=", "+", "-", "@", "\t", "\r": return true
        default: return false
        }
    }

    /// False when no scalar of `text` is a control or a separator: a look at its UTF-8 bytes,
    /// which rules out most cells at once (C1 controls start with 0xC2, the separators with 0xE2).
    static func mayHoldControls(_ text: String) -> Bool {
        text.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }
    }
}

extension String {
    /// The text on one line, for table, Markdown and TSV cells: each line break (CR LF counts
    /// once) and each tab becomes a space.
    func onOneLine() -> String {
        guard CellText.mayHoldControls(self) else { return self }
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar = " "
        for scalar in unicodeScalars {
            defer { previous = scalar }
            if scalar == "\n" && previous == "\r" { continue }
            out.append(scalar == "\t" || CellText.isLineBreak(scalar) ? " " : scalar)
        }
        return String(out)
    }

    /// Whether a CSV cell of this text must be quoted: it holds the separator, a double quote,
    /// a control character or a line separator (quoted, a line break stays inside its cell).
    func needsCSVQuotes(separator: Unicode.Scalar) -> Bool {
        unicodeScalars.contains { $0 == separator || $0 == "\"" || CellText.isControlOrSeparator($0) }
    }
}
