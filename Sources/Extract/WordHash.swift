/// FNV-1a (32 bits) over a word's bytes: the hash ``WordTable`` and ``TitleWordScanner``
/// compute while they scan a token, with no `String` made.
enum WordHash {
    static let seed: UInt32 = 2_166_136_261

    static func mix(_ hash: UInt32, _ byte: UInt8) -> UInt32 { (hash ^ UInt32(byte)) &* 16_777_619 }
}
