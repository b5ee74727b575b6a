/// The values one figure took over several runs, reported as their median and range.
struct Samples {
    private(set) var values: [Double] = []

    init(_ values: [Double] = []) {
        self.values = values
    }

    mutating func append(_ value: Double) {
        values.append(value)
    }

    var isEmpty: Bool { values.isEmpty }
    var count: Int { values.count }

    /// The middle value; the mean of the two middle ones for an even count.
    var median: Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var minimum: Double { values.min() ?? .nan }
    var maximum: Double { values.max() ?? .nan }

    /// Each value transformed, as for seconds into a rate.
    func map(_ transform: (Double) -> Double) -> Samples { Samples(values.map(transform)) }
}
