import Foundation

/// Checks a freshly written .xlsx before it replaces the previous one: libxlsxwriter 1.1.4 can report
/// success and leave a truncated file behind (a full temporary directory), so a success code proves nothing.
public enum WorkbookCheck {
    /// Nil when the file is a whole zip holding a workbook; otherwise what is wrong, in Chinese.
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
        let entries = u16(end + 10)
        var offset = u32(end + 16)
        var names: Set<String> = []
        for _ in 0..<entries {
            guard offset + 46 <= bytes.count, u32(offset) == 0x0201_4B50 else { return "生成的统计表zip目录损坏" }
            let nameLength = u16(offset + 28)
            let extraLength = u16(offset + 30)
            let commentLength = u16(offset + 32)
            let local = u32(offset + 42)
            guard local + 30 <= bytes.count, u32(local) == 0x0403_4B50,
                  local + 30 + u16(local + 26) + u16(local + 28) + u32(offset + 20) <= bytes.count
            else { return "生成的统计表数据被截断" }
            names.insert(String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self))
            offset += 46 + nameLength + extraLength + commentLength
        }
        for required in ["[Content_Types].xml", "xl/workbook.xml"] where !names.contains(required) {
            return "生成的统计表缺少 \(required)"
        }
        return nil
    }
}
