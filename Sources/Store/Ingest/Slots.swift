/// Write-once slots, one per iteration of a concurrent loop. Each index is written by
/// exactly one iteration and read only after the loop has returned, which is why this
/// class can promise Sendable.
final class Slots<Value>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func set(_ index: Int, _ value: Value) { buffer[index] = value }

    /// Every slot's value, in order. A slot never set would be dropped, so callers set all.
    func values() -> [Value] { buffer.compactMap { $0 } }
}
