/// Times a piece of work on the monotonic clock.
enum Stopwatch {
    static func time<T>(_ body: () throws -> T) rethrows -> (value: T, seconds: Double) {
        let started = ContinuousClock.now
        let value = try body()
        return (value, (ContinuousClock.now - started).seconds)
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
