/// Positions grouped by a small integer key, by counting sort: two passes and two flat arrays however many
/// groups there are, where a dictionary of arrays would allocate one array per group. Each group keeps
/// its positions in their original order.
struct Buckets: Sequence {
    /// `starts[key]..<starts[key + 1]` is the key's range in `members`.
    private let starts: [Int]
    private let members: [Int32]

    /// Groups `0..<count` by `key`, whose values lie in `0..<keyCount`; nil leaves the position out.
    init(count: Int, keyCount: Int, key: (Int) -> Int?) {
        precondition(count <= Int(Int32.max), "too many positions to group")
        var keys = [Int32](repeating: -1, count: count)
        var starts = [Int](repeating: 0, count: keyCount + 1)
        for position in 0..<count {
            guard let group = key(position) else { continue }
            keys[position] = Int32(group)
            starts[group + 1] += 1
        }
        for group in 0..<keyCount { starts[group + 1] += starts[group] }
        var next = starts
        var members = [Int32](repeating: 0, count: starts[keyCount])
        for position in 0..<count where keys[position] >= 0 {
            let group = Int(keys[position])
            members[next[group]] = Int32(position)
            next[group] += 1
        }
        self.starts = starts
        self.members = members
    }

    /// How many groups there are, empty ones included: keys run over `0..<keyCount`.
    var keyCount: Int { starts.count - 1 }

    /// The positions of one group, in their original order.
    subscript(key: Int) -> ArraySlice<Int32> { members[starts[key]..<starts[key + 1]] }

    func makeIterator() -> some IteratorProtocol<LazyMapSequence<ArraySlice<Int32>, Int>> {
        var group = 0
        return AnyIterator { [starts, members] in
            guard group + 1 < starts.count else { return nil }
            defer { group += 1 }
            return members[starts[group]..<starts[group + 1]].lazy.map(Int.init)
        }
    }
}
