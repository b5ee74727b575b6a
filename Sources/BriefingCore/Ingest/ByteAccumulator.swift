/// The bytes of the record being cut out of the stream, copied in whole spans. It stops growing at
/// `limit`, so that a quote left open at the top of a big file cannot pull the rest of the file
/// into memory; the record is then rejected as too long.
struct ByteAccumulator {
    let limit: Int
    private(set) var bytes: [UInt8] = []
    private(set) var overflowed = false

    init(limit: Int) { self.limit = limit }

    var count: Int { bytes.count }

    mutating func append(_ span: UnsafeRawBufferPointer) {
        guard !overflowed else { return }
        guard bytes.count + span.count <= limit else {
            overflowed = true
            return
        }
        bytes.append(contentsOf: span)
    }

    mutating func append(_ byte: UInt8) {
        guard !overflowed else { return }
        guard bytes.count < limit else {
            overflowed = true
            return
        }
        bytes.append(byte)
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        overflowed = false
    }
}
