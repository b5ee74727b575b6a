/// The word that marks a figure as cut in the approx style: 余 in written briefings, 多 in speech style (`1万多公里`).
public enum ApproxMarker: String, Sendable {
    case yu = "余"
    case duo = "多"
}
