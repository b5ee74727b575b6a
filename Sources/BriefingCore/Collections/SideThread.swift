import Foundation

/// Work run on a thread of its own, beside whatever the caller does meanwhile; `value` waits for it.
/// Not a `concurrentPerform` or the global queue: under a `concurrentPerform`, a nested one runs its
/// iterations one after another, and a worker waiting for the pool would wait for threads it does not add.
public final class SideThread<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Value?

    public init(_ work: @escaping @Sendable () -> Value) {
        Thread { [self] in
            result = work()
            done.signal()
        }.start()
    }

    /// The work's result, once it is done; read it once.
    public var value: Value {
        done.wait()
        return result!
    }
}
