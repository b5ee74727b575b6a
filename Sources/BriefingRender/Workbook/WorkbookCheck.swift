import CZlib
import Foundation

/// Checks a freshly written .xlsx before it replaces the previous one: libxlsxwriter 1.1.4 can report
/// success and leave a truncated file behind (a full temporary directory), so a success code proves
/// nothing. The file must be a whole zip whose every part inflates to its recorded CRC, and whose XML
/// parts end by closing the element they open with: a part cut short while it was written is zipped
/// with a CRC of what was left, so only its end shows the cut. (A full parse would say no more about
/// libxlsxwriter's output, costs seconds a national run, and Foundation's parser on Linux refuses
/// documents of a megabyte or so.)
public enum WorkbookCheck {
    /// Nil when the workbook is whole; otherwise what is wrong, in Chinese.
    public static func problem(in url: URL) -> String? {
        guard let data = try? Data(contentsOf: url, options: .alwaysMapped) else { return "生成的统计表无法读回" }
        let bytes = [UInt8](data)
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }

        // End of central directory: signature PK\5\6, at most 64 KiB of comment after it.
        let lowest = max(0, bytes.count - 22 - 65_535)
        guard bytes.count >= 22,
              let end = stride(from: bytes.count - 22, through: lowest, by: -1).first(where: { u32($0) == 0x0605_4B50 })
        else { return "生成的统计表不完整（缺少zip目录）" }
        var offset = u32(end + 16)
        var names: Set<String> = []
        for _ in 0..<u16(end + 10) {
            guard offset + 46 <= bytes.count, u32(offset) == 0x0201_4B50 else { return "生成的统计表zip目录损坏" }
            let method = u16(offset + 10)
            let crc = UInt32(u32(offset + 16))
            let compressedSize = u32(offset + 20)
            let size = u32(offset + 24)
            let nameLength = u16(offset + 28)
            let local = u32(offset + 42)
            let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            offset += 46 + nameLength + u16(offset + 30) + u16(offset + 32)

            guard local + 30 <= bytes.count, u32(local) == 0x0403_4B50 else { return "生成的统计表中 \(name) 的数据头损坏" }
            let start = local + 30 + u16(local + 26) + u16(local + 28)
            guard start + compressedSize <= bytes.count else { return "生成的统计表数据被截断（\(name)）" }
            guard let content = contents(bytes[start..<(start + compressedSize)], method: method, size: size),
                  content.withUnsafeBufferPointer({ UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }) == crc
            else { return "生成的统计表中 \(name) 的数据损坏" }
            if name.hasSuffix(".xml") || name.hasSuffix(".rels"), !closesItsRoot(content) {
                return "生成的统计表中 \(name) 不是完整的XML"
            }
            names.insert(name)
        }
        for required in ["[Content_Types].xml", "xl/workbook.xml"] where !names.contains(required) {
            return "生成的统计表缺少 \(required)"
        }
        return nil
    }

    /// Whether an XML document ends with the end tag of its first element, or that element closes itself.
    static func closesItsRoot(_ xml: [UInt8]) -> Bool {
        var position = 0
        // Past the declaration and any comments or processing instructions, to the root's start tag.
        while let open = xml[position...].firstIndex(of: UInt8(ascii: "<")) {
            position = open + 1
            guard position < xml.count else { return false }
            if xml[position] != UInt8(ascii: "?") && xml[position] != UInt8(ascii: "!") { break }
        }
        let nameEnd = xml[position...].firstIndex { $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "/") || $0 <= 0x20 }
        guard let nameEnd, nameEnd > position else { return false }
        let root = xml[position..<nameEnd]
        var end = xml.count
        while end > 0 && xml[end - 1] <= 0x20 { end -= 1 }
        let closing = Array("</".utf8) + root + [UInt8(ascii: ">")]
        if end >= closing.count && xml[(end - closing.count)..<end].elementsEqual(closing) { return true }
        // `<root … />`: the whole document is its start tag.
        guard let tagEnd = xml[nameEnd...].firstIndex(of: UInt8(ascii: ">")) else { return false }
        return tagEnd + 1 == end && xml[tagEnd - 1] == UInt8(ascii: "/")
    }

    /// A zip entry's bytes: stored as is, or raw deflate.
    private static func contents(_ compressed: ArraySlice<UInt8>, method: Int, size: Int) -> [UInt8]? {
        switch method {
        case 0:
            return compressed.count == size ? Array(compressed) : nil
        case 8:
            var output = [UInt8](repeating: 0, count: size)
            var input = Array(compressed)
            var stream = z_stream()
            // Negative window bits: raw deflate, as zip stores it, without a zlib header.
            guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
            defer { inflateEnd(&stream) }
            let status = input.withUnsafeMutableBufferPointer { source in
                output.withUnsafeMutableBufferPointer { target -> Int32 in
                    stream.next_in = source.baseAddress
                    stream.avail_in = uInt(source.count)
                    stream.next_out = target.baseAddress
                    stream.avail_out = uInt(target.count)
                    return inflate(&stream, Z_FINISH)
                }
            }
            return status == Z_STREAM_END && Int(stream.total_out) == size ? output : nil
        default:
            return nil
        }
    }
}
