/// A fast 64-bit hash of a byte string, for interning texts read from SQLite without making
/// a `String` of each (Swift's `String` equality is Unicode-aware, SQLite's is byte-wise).
/// Not for anything that needs resistance to chosen inputs: equal hashes are always confirmed.
enum ByteHash {
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
            hash ^= hash >> 29
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        hash = (hash ^ tail) &* multiplier
        // splitmix64's finalizer, so that every input bit reaches the low bits a table uses
        hash ^= hash >> 30
        hash = hash &* 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 27
        hash = hash &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 31)
    }

    /// A hash of `bytes` without ASCII digits, points and commas: the words of a sentence
    /// whatever its numbers, as the views' nested `replace()` calls leave them (migration
    /// 0011). Read in one pass without a copy (it runs once per figure in `xref`'s read); its
    /// values are compared only with each other. Unconfirmed: a collision (one in 2^64) only
    /// keeps two figures from pairing.
    static func hashWithoutNumbers(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash: UInt64 = 0x243F_6A88_85A3_08D3
        var word: UInt64 = 0
        var shift: UInt64 = 0
        var kept: UInt64 = 0
        for byte in bytes where !(byte >= 48 && byte <= 57) && byte != 46 && byte != 44 {
            word |= UInt64(byte) << shift
            shift += 8
            kept += 1
            if shift == 64 {
                hash = (hash ^ word) &* multiplier
                hash ^= hash >> 29
                word = 0
                shift = 0
            }
        }
        hash = (hash ^ word ^ kept) &* multiplier
        hash ^= hash >> 30
        hash = hash &* 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 27
        hash = hash &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 31)
    }
}
