/// A pass over HTML bytes before libxml2 reads them, counting the attributes of each tag.
///
/// libxml2 compares each attribute of a tag with every one before it, so a tag with 200,000
/// attributes took 109 s to parse. No page needs more than a few dozen; a tag with more than
/// ``limit`` makes the page refused, in one line, before the parser sees it. The scan skips
/// comments and the contents of `<script>` and `<style>`, as the parser does,
/// and looks at every byte once.
enum HTMLAttributeScan {
    static let limit = 1_000

    /// True when some tag has more than `limit` attributes.
    static func exceedsLimit(_ bytes: [UInt8], limit: Int = limit) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var cursor = Cursor(bytes: buffer)
            return cursor.findsTagOver(limit)
        }
    }

    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var at = 0

        mutating func findsTagOver(_ limit: Int) -> Bool {
            while let open = next(UInt8(ascii: "<")) {
                at = open + 1
                if startsWith("!--") {
                    at = find("-->") ?? bytes.count
                    continue
                }
                guard at < bytes.count, isLetter(bytes[at]) else { continue }
                let nameStart = at
                while at < bytes.count, isNameByte(bytes[at]) { at += 1 }
                let name = lowercased(nameStart, at)
                if attributesExceed(limit) { return true }
                if Self.rawText.contains(name) { skipRawText(name) }
            }
            return false
        }

        /// Reads a tag's attributes up to its `>`; true once there are more than `limit`.
        private mutating func attributesExceed(_ limit: Int) -> Bool {
            var count = 0
            while at < bytes.count {
                let byte = bytes[at]
                if byte == UInt8(ascii: ">") {
                    at += 1
                    return false
                }
                if isSpace(byte) || byte == UInt8(ascii: "/") {
                    at += 1
                    continue
                }
                count += 1
                if count > limit { return true }
                while at < bytes.count, !isSpace(bytes[at]), bytes[at] != UInt8(ascii: "="), bytes[at] != UInt8(ascii: ">") { at += 1 }
                while at < bytes.count, isSpace(bytes[at]) { at += 1 }
                guard at < bytes.count, bytes[at] == UInt8(ascii: "=") else { continue }
                at += 1
                while at < bytes.count, isSpace(bytes[at]) { at += 1 }
                guard at < bytes.count else { break }
                let quote = bytes[at]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    at += 1
                    at = (next(quote) ?? bytes.count - 1) + 1
                } else {
                    while at < bytes.count, !isSpace(bytes[at]), bytes[at] != UInt8(ascii: ">") { at += 1 }
                }
            }
            return false
        }

        /// Moves past `</name`, where a raw-text element ends.
        private mutating func skipRawText(_ name: [UInt8]) {
            while let open = next(UInt8(ascii: "<")) {
                at = open + 1
                guard at < bytes.count, bytes[at] == UInt8(ascii: "/") else { continue }
                let start = at + 1
                let end = start + name.count
                if end <= bytes.count, lowercased(start, end) == name { at = end; return }
            }
        }

        private static let rawText: Set<[UInt8]> = Set(["script", "style"].map { Array($0.utf8) })

        private func next(_ byte: UInt8) -> Int? {
            var index = at
            while index < bytes.count {
                if bytes[index] == byte { return index }
                index += 1
            }
            return nil
        }

        private func find(_ text: String) -> Int? {
            let pattern = Array(text.utf8)
            var index = at
            while index + pattern.count <= bytes.count {
                if bytes[index] == pattern[0], Array(bytes[index..<index + pattern.count]) == pattern { return index + pattern.count }
                index += 1
            }
            return nil
        }

        private func startsWith(_ text: String) -> Bool {
            let pattern = Array(text.utf8)
            return at + pattern.count <= bytes.count && Array(bytes[at..<at + pattern.count]) == pattern
        }

        private func lowercased(_ start: Int, _ end: Int) -> [UInt8] {
            bytes[start..<end].map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        }

        private func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }
        private func isNameByte(_ byte: UInt8) -> Bool { isLetter(byte) || (byte >= 48 && byte <= 57) || byte == 45 || byte == 58 }
        private func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == 12 }
    }
}
