import Foundation

/// Decides a file's encoding in a first pass, before any record is read, so that an undecodable
/// file is rejected whole rather than half-read. Order: byte-order mark, strict UTF-8, GB18030.
enum EncodingDetector {
    enum Verdict: Equatable {
        case empty
        case decodable(TextEncoding)
        /// `offset` is counted from the first byte of the file; `line` is 1-based; `declared` is the
        /// encoding a byte-order mark promised.
        case undecodable(offset: Int, line: Int, declared: TextEncoding?, workbook: Bool)
    }

    static func classify(_ source: ByteSource, chunkSize: Int) throws -> Verdict {
        try source.rewind()
        let head = try source.read(upTo: 8)
        if head.isEmpty { return .empty }
        let marked: TextEncoding? =
            if head.starts(with: [0xEF, 0xBB, 0xBF]) { .utf8WithBOM }
            else if head.starts(with: [0xFF, 0xFE]) { .utf16LE }
            else if head.starts(with: [0xFE, 0xFF]) { .utf16BE }
            else { nil }

        let failure: (offset: Int, encoding: TextEncoding)
        if let marked {
            // A byte-order mark is a declaration: no second guess.
            guard let offset = try firstInvalidOffset(source, as: marked, chunkSize: chunkSize) else {
                return .decodable(marked)
            }
            failure = (offset, marked)
        } else {
            guard let utf8Offset = try firstInvalidOffset(source, as: .utf8, chunkSize: chunkSize) else {
                return .decodable(.utf8)
            }
            guard let gbOffset = try firstInvalidOffset(source, as: .gb18030, chunkSize: chunkSize) else {
                return .decodable(.gb18030)
            }
            // The encoding that got further is the likelier one, so its failure is the one to fix.
            failure = (max(utf8Offset, gbOffset), .utf8)
        }
        let workbook = head.starts(with: [0x50, 0x4B, 0x03, 0x04]) // .xlsx (a zip)
            || head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) // .xls, .et
        let line = try lineNumber(atOffset: failure.offset, in: source, as: failure.encoding, chunkSize: chunkSize)
        return .undecodable(offset: failure.offset, line: line, declared: marked, workbook: workbook)
    }

    /// The file offset of the first byte that `encoding` cannot decode, or nil if all of it decodes.
    private static func firstInvalidOffset(_ source: ByteSource, as encoding: TextEncoding, chunkSize: Int) throws -> Int? {
        try source.rewind()
        let bom = encoding.bomLength
        _ = try source.read(upTo: bom)
        guard let iconvName = encoding.iconvName else {
            var validator = UTF8Validator()
            while true {
                let chunk = try source.read(upTo: chunkSize)
                if chunk.isEmpty { return validator.finish().map { $0 + bom } }
                if let offset = chunk.withUnsafeBytes({ validator.validate($0) }) { return offset + bom }
            }
        }
        let transcoder = Transcoder(from: iconvName)
        var nulFinder = NULFinder(unitSize: encoding == .gb18030 ? 1 : 2)
        var streamOffset = 0
        var scratch = Data()
        while true {
            let chunk = try source.read(upTo: chunkSize)
            if chunk.isEmpty {
                if case .invalid(let at) = transcoder.finish() { return at + bom }
                return nil
            }
            // A NUL character decodes, but no spreadsheet writes one (see UTF8Validator).
            let nul = nulFinder.find(in: chunk)
            let decodable = nul.map { chunk.prefix(max(0, $0 - streamOffset)) } ?? chunk
            scratch.removeAll(keepingCapacity: true)
            if case .invalid(let at) = transcoder.convert(decodable, into: &scratch) { return min(at, nul ?? at) + bom }
            if let nul { return nul + bom }
            streamOffset += chunk.count
        }
    }

    /// The line holding the byte at `offset`, counted in the encoding's own units.
    private static func lineNumber(atOffset offset: Int, in source: ByteSource, as encoding: TextEncoding, chunkSize: Int) throws -> Int {
        try source.rewind()
        var counter = LineCounter()
        var position = 0
        var unitStart: UInt8?
        while position < offset {
            let chunk = try source.read(upTo: min(chunkSize, offset - position))
            if chunk.isEmpty { break }
            chunk.withUnsafeBytes { bytes in
                for byte in bytes {
                    defer { position += 1 }
                    switch encoding {
                    case .utf8, .utf8WithBOM, .gb18030:
                        counter.feed(UInt16(byte))
                    case .utf16LE, .utf16BE:
                        guard position >= 2 else { continue }
                        guard let first = unitStart else { unitStart = byte; continue }
                        unitStart = nil
                        counter.feed(encoding == .utf16LE ? UInt16(byte) << 8 | UInt16(first) : UInt16(first) << 8 | UInt16(byte))
                    }
                }
            }
        }
        return counter.line
    }
}

/// Finds a NUL character (U+0000) in a stream of GB18030 bytes or UTF-16 units.
private struct NULFinder {
    let unitSize: Int
    private var offset = 0
    /// The first byte of a UTF-16 unit cut by a chunk boundary.
    private var heldByte: UInt8?

    init(unitSize: Int) { self.unitSize = unitSize }

    /// The stream offset of the first NUL character that ends in `chunk`.
    mutating func find(in chunk: Data) -> Int? {
        defer { offset += chunk.count }
        return chunk.withUnsafeBytes { bytes in
            if unitSize == 1 { return bytes.firstIndex(of: 0).map { offset + $0 } }
            for (i, byte) in bytes.enumerated() {
                guard let first = heldByte else { heldByte = byte; continue }
                heldByte = nil
                if first == 0 && byte == 0 { return offset + i - 1 }
            }
            return nil
        }
    }
}
