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

    /// How a control or separator is shown to people: `\x1b` for ESC and the other C0 and C1
    /// controls and DEL (two hex digits), `\u2028` and `\u2029` for the separators, as Python
    /// writes them. A terminal then prints the sequence instead of obeying it.
    static func visible(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return scalar.value <= 0xFF ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex : "\\u" + hex
    }

    /// False when no scalar of `text` is a control or a separator: a look at its UTF-8 bytes,
    /// which rules out most cells at once (C1 controls start with 0xC2, the separators with 0xE2).
    static func mayHoldControls(_ text: String) -> Bool {
        text.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }
    }
}

extension String {
    /// The text on one line, for TSV cells: each line break (CR LF counts once) and each tab
    /// becomes a space. Other controls are kept, as data for programs.
    func onOneLine() -> String { oneLine(showingControls: false) }

    /// The text on one line for people (table, Markdown and `show` cells): line breaks and tabs
    /// become spaces, and every other control is shown (``CellText/visible(_:)``), so that an
    /// escape sequence from an article cannot clear the screen, retitle the window or hide a link.
    func forDisplay() -> String { oneLine(showingControls: true) }

    /// Every control and separator shown, line breaks and tabs too: one line of talk on stderr
    /// that echoes a file name, a title or a query.
    func escapingControls() -> String {
        guard CellText.mayHoldControls(self) else { return self }
        var out = ""
        for scalar in unicodeScalars {
            if CellText.isControlOrSeparator(scalar) { out += CellText.visible(scalar) } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    private func oneLine(showingControls: Bool) -> String {
        guard CellText.mayHoldControls(self) else { return self }
        var out = ""
        var previous: Unicode.Scalar = " "
        for scalar in unicodeScalars {
            defer { previous = scalar }
            if scalar == "\n" && previous == "\r" { continue }
            if scalar == "\t" || CellText.isLineBreak(scalar) {
                out += " "
            } else if showingControls && CellText.isControlOrSeparator(scalar) {
                out += CellText.visible(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether a CSV cell of this text must be quoted: it holds the separator, a double quote,
    /// a control character or a line separator (quoted, a line break stays inside its cell).
    func needsCSVQuotes(separator: Unicode.Scalar) -> Bool {
        unicodeScalars.contains { $0 == separator || $0 == "\"" || CellText.isControlOrSeparator($0) }
    }
}
