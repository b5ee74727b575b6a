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
}
