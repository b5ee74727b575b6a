/// The encodings a county file may arrive in, as Excel, WPS and reporting systems save them.
public enum TextEncoding: String, Sendable, Equatable, CustomStringConvertible {
    case utf8
    case utf8WithBOM
    /// Excel's plain "CSV" on Chinese Windows; GBK is a subset.
    case gb18030
    /// Excel's "Unicode text": UTF-16 with a byte-order mark, usually tab-separated.
    case utf16LE
    case utf16BE

    /// For the run summary: `UTF-8 (BOM)`.
    public var description: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf8WithBOM: "UTF-8 (BOM)"
        case .gb18030: "GB18030"
        case .utf16LE: "UTF-16LE"
        case .utf16BE: "UTF-16BE"
        }
    }

    /// Bytes of the byte-order mark that open a file in this encoding.
    var bomLength: Int {
        switch self {
        case .utf8, .gb18030: 0
        case .utf8WithBOM: 3
        case .utf16LE, .utf16BE: 2
        }
    }

    /// The name glibc's iconv knows it by, for encodings that need transcoding to UTF-8.
    var iconvName: String? {
        switch self {
        case .utf8, .utf8WithBOM: nil
        case .gb18030: "GB18030"
        case .utf16LE: "UTF-16LE"
        case .utf16BE: "UTF-16BE"
        }
    }
}
