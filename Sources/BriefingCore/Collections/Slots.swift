import Foundation

/// Results written by concurrent workers, one slot each, read once they are all done.
/// Each slot is written once; the lock only makes the writes visible to the reader.
public final class Slots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    public init(count: Int) { storage = Array(repeating: nil, count: count) }

    public subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    public var values: [Value] { lock.withLock { storage.map { $0! } } }

    /// The value of a slot, leaving it empty: large results are freed one by one as they are used.
    public func take(_ index: Int) -> Value {
        lock.withLock {
            defer { storage[index] = nil }
            return storage[index]!
        }
    }
}
