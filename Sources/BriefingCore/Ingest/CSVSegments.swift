import Foundation

/// A big UTF-8 CSV file cut at line ends into parts that are read on every core at once: a reporting
/// system may export a whole province's reports as one file. Only a file without a single quote is cut,
/// since a line end inside a quoted cell does not end a record and where quoted cells begin cannot be
/// told without reading from the start.
struct CSVSegments {
    struct Segment: Sendable {
        let range: Range<Int>
        /// The physical line the segment starts on.
        let firstLine: Int
    }

    /// Files smaller than this are read in one piece.
    static let minimumBytes = 16 << 20

    /// In file order; the first starts after the byte-order mark and holds the header row.
    let segments: [Segment]
    /// The header row as the first line writes it, for the parts after the first.
    let header: [String]

    /// Nil when the file is smaller than `minimumBytes`, has a quote, or does not start with a header line.
    init?(url: URL, bytes: Int, bomLength: Int, delimiter: UInt8, minimumBytes: Int = Self.minimumBytes) {
        let parts = min(ProcessInfo.processInfo.activeProcessorCount * 2, bytes / max(1, minimumBytes / 2))
        guard bytes >= minimumBytes, parts >= 2,
              let data = try? Data(contentsOf: url, options: .alwaysMapped), data.count == bytes
        else { return nil }
        let scanned: (segments: [Segment], header: [String])? = data.withUnsafeBytes { file in
            guard Self.find(UInt8(ascii: "\""), in: file) == nil else { return nil }
            let text = UnsafeRawBufferPointer(rebasing: file[bomLength...])
            guard let headerEnd = text.firstIndex(of: 0x0A) else { return nil }
            var headerLine = UnsafeRawBufferPointer(rebasing: text[..<headerEnd])
            if headerLine.last == 0x0D { headerLine = UnsafeRawBufferPointer(rebasing: headerLine.dropLast()) }
            // A header line with no text would not be the header: the parser skips blank lines.
            guard headerLine.contains(where: { $0 > 0x20 && $0 != delimiter }),
                  !headerLine.contains(0x0D) else { return nil }
            let header = headerLine.split(separator: delimiter, omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self) }

            var boundaries = [bomLength]
            for part in 1..<parts {
                let target = bomLength + text.count * part / parts
                guard target >= boundaries.last!, let newline = file[target...].firstIndex(of: 0x0A),
                      newline + 1 < file.count else { break }
                boundaries.append(newline + 1)
            }
            boundaries.append(file.count)
            var segments: [Segment] = []
            var line = 1
            for (start, end) in zip(boundaries, boundaries.dropFirst()) where start < end {
                segments.append(Segment(range: start..<end, firstLine: line))
                line += Self.lineBreaks(in: UnsafeRawBufferPointer(rebasing: file[start..<end]))
            }
            return segments.count >= 2 ? (segments, header) : nil
        }
        guard let scanned else { return nil }
        segments = scanned.segments
        header = scanned.header
    }

    /// Line ends as the CSV parser counts them: LF, CR LF and a lone CR each end one line. By `memchr`,
    /// a line at a time: this pass comes before any of the reading it shares out.
    private static func lineBreaks(in bytes: UnsafeRawBufferPointer) -> Int {
        var count = 0
        var from = 0
        while let newline = find(0x0A, in: bytes, from: from) {
            count += 1
            from = newline + 1
        }
        from = 0
        while let cr = find(0x0D, in: bytes, from: from) {
            if cr + 1 == bytes.count || bytes[cr + 1] != 0x0A { count += 1 }
            from = cr + 1
        }
        return count
    }

    private static func find(_ byte: UInt8, in bytes: UnsafeRawBufferPointer, from start: Int = 0) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: UnsafeRawPointer(found))
    }
}
