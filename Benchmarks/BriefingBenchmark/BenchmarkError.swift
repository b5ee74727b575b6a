/// Why the benchmark cannot go on, in words for whoever ran it.
struct BenchmarkError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
