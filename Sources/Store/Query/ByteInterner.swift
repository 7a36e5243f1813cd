import Foundation

/// Gives each distinct byte string a dense id (0, 1, 2, ... in order of first sight), so that
/// a million rows' group keys, periods and days compare as integers. Bytes, not `String`s:
/// SQLite's `=` compares bytes, and making a `String` of every cell costs more than the query.
struct ByteInterner {
    /// An open-addressing slot: what a look-up reads, in one place (a miss per array costs
    /// more than hashing the key).
    private struct Slot {
        var hash: UInt64
        var start: Int
        var count: Int32
        /// -1 for an empty slot.
        var id: Int32
    }

    private static let empty = Slot(hash: 0, start: 0, count: 0, id: -1)

    /// Every entry's bytes, back to back.
    private var storage: [UInt8] = []
    /// By id: where its bytes are in `storage`.
    private var ranges: [Range<Int>] = []
    private var slots = [Slot](repeating: ByteInterner.empty, count: 64)

    var count: Int { ranges.count }

    /// The id of `bytes`, adding it if it is new.
    mutating func intern(_ bytes: UnsafeRawBufferPointer) -> Int32 {
        let hash = ByteHash.hash(bytes)
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index].id >= 0 {
            let slot = slots[index]
            if slot.hash == hash && Int(slot.count) == bytes.count && equals(slot.start, bytes) { return slot.id }
            index = (index + 1) & mask
        }
        let id = Int32(ranges.count)
        let start = storage.count
        storage.append(contentsOf: bytes)
        ranges.append(start ..< storage.count)
        slots[index] = Slot(hash: hash, start: start, count: Int32(bytes.count), id: id)
        if ranges.count * 2 > slots.count { grow() }
        return id
    }

    mutating func intern(_ text: String) -> Int32 {
        var text = text
        return text.withUTF8 { intern(UnsafeRawBufferPointer($0)) }
    }

    /// The bytes of entry `id`.
    func bytes(of id: Int32) -> [UInt8] {
        Array(storage[ranges[Int(id)]])
    }

    private func equals(_ start: Int, _ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return true }
        return storage.withUnsafeBytes { stored in
            guard let entry = stored.baseAddress?.advanced(by: start) else { return false }
            return memcmp(entry, base, bytes.count) == 0
        }
    }

    private mutating func grow() {
        var slots = [Slot](repeating: Self.empty, count: self.slots.count * 2)
        let mask = slots.count - 1
        for slot in self.slots where slot.id >= 0 {
            var index = Int(truncatingIfNeeded: slot.hash) & mask
            while slots[index].id >= 0 { index = (index + 1) & mask }
            slots[index] = slot
        }
        self.slots = slots
    }
}
