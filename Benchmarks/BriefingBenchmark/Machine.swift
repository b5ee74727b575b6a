import Foundation

/// The machine the figures were measured on, as the README states it beside them.
struct Machine {
    let cores: Int
    let cpu: String
    let memoryGiB: Double
    let system: String

    static func current() -> Machine {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? "未知"
        let release = (try? String(contentsOfFile: "/etc/os-release", encoding: .utf8)) ?? ""
        let system = release.split(separator: "\n").first { $0.hasPrefix("PRETTY_NAME=") }
            .map { $0.dropFirst("PRETTY_NAME=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) } ?? "Linux"
        return Machine(cores: ProcessInfo.processInfo.activeProcessorCount, cpu: model,
                       memoryGiB: Double(ProcessInfo.processInfo.physicalMemory) / Double(1 << 30), system: system)
    }

    var description: String {
        "\(cores) 核 \(cpu)，内存 \(String(format: "%.0f", memoryGiB)) GiB，\(system)"
    }

    /// The 1-minute load average: other work on the machine while measuring slows every figure.
    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").first.map(String.init) ?? "未知"
    }
}
