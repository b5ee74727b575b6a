import Foundation

/// The few lines `nightly` prints when asked (`--verbose`) or when something needs the operator.
public struct RunSummary {
    public let manifest: Manifest
    public let outputDirectory: URL
    /// Every input and every output; otherwise only the inputs with rejected records.
    public let verbose: Bool

    public init(manifest: Manifest, outputDirectory: URL, verbose: Bool) {
        self.manifest = manifest
        self.outputDirectory = outputDirectory
        self.verbose = verbose
    }

    public var text: String {
        let root = outputDirectory.standardizedFileURL.path
        var lines = ["统计期：\(manifest.window.from) 至 \(manifest.window.to)（运行日期 \(manifest.today)）"]
        for input in manifest.inputs where verbose || input.recordsRejected > 0 {
            lines.append("  读取 \(input.path)：\(input.recordsRead)条，接受\(input.recordsAccepted)条，拒绝\(input.recordsRejected)条")
        }
        lines.append("发现错误\(manifest.findings.error)个、警告\(manifest.findings.warning)个、提示\(manifest.findings.info)个"
            + (manifest.findings.error > 0 ? "（详见 briefing validate）" : ""))
        lines.append("输出目录：\(root)")
        for output in manifest.outputs where verbose {
            lines.append("  \(output.kind == "workbook" ? "统计表" : "简报")  \(root)/\(output.path)")
        }
        if let window = manifest.outputs.first?.path.split(separator: "/").first {
            lines.append("运行清单：\(root)/\(window)/manifest.json")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
