import CZlib
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Checks a freshly written .xlsx before it replaces the previous one: libxlsxwriter 1.1.4 can report
/// success and leave a truncated file behind (a full temporary directory), so a success code proves
/// nothing. The file must be a whole zip whose every part inflates to its recorded CRC, and whose XML
/// parts parse.
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
            if name.hasSuffix(".xml") || name.hasSuffix(".rels"), !XMLParser(data: Data(content)).parse() {
                return "生成的统计表中 \(name) 不是完整的XML"
            }
            names.insert(name)
        }
        for required in ["[Content_Types].xml", "xl/workbook.xml"] where !names.contains(required) {
            return "生成的统计表缺少 \(required)"
        }
        return nil
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
