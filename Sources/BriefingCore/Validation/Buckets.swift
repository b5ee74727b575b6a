/// Positions grouped by a small integer key, by counting sort: two passes over the positions and two flat
/// arrays, however many groups there are. Each group keeps its positions in their original order.
struct Buckets: Sequence {
    /// `starts[key]..<starts[key + 1]` is the key's range in `members`.
    private let starts: [Int]
    private let members: [Int]

    /// Groups `positions` by `key` (in `0..<count`); a position whose key is nil is left out.
    init<S: Sequence<Int>>(_ positions: S, count: Int, key: (Int) -> Int?) {
        var keys: [(position: Int, key: Int)] = []
        var sizes = [Int](repeating: 0, count: count + 1)
        for position in positions {
            guard let key = key(position) else { continue }
            keys.append((position, key))
            sizes[key + 1] += 1
        }
        for key in 0..<count { sizes[key + 1] += sizes[key] }
        var next = sizes
        var members = [Int](repeating: 0, count: keys.count)
        for (position, key) in keys {
            members[next[key]] = position
            next[key] += 1
        }
        self.starts = sizes
        self.members = members
    }

    func makeIterator() -> some IteratorProtocol<ArraySlice<Int>> {
        var key = 0
        return AnyIterator { [starts, members] in
            guard key + 1 < starts.count else { return nil }
            defer { key += 1 }
            return members[starts[key]..<starts[key + 1]]
        }
    }
}
