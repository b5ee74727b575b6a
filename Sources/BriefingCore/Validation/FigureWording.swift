import Foundation

/// A stored figure as a message writes it: `86户次`, `1935.5元` (money is stored in 分).
enum FigureWording {
    static func text(_ stored: Double, of metric: MetricDefinition) -> String {
        let value = metric.kind == .money ? stored / 100 : stored
        let rounded = (value * 10).rounded() / 10
        let number = rounded == rounded.rounded() ? String(Int64(rounded)) : String(format: "%.1f", rounded)
        return number + metric.unit
    }
}
