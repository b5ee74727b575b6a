/// A printer paper size.
public enum PaperSize: Hashable, Sendable {
    case a4, a3, letter

    /// Excel's paper code.
    var code: UInt8 {
        switch self {
        case .letter: 1
        case .a3: 8
        case .a4: 9
        }
    }
}
