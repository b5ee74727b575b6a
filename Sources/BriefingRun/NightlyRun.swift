import BriefingCore
import BriefingRender
import Dispatch
import Foundation

/// `briefing nightly`: every unit's workbook and briefing for the window (each county, prefecture,
/// province and sending unit of the config), then `manifest.json`.
///
/// Outputs go to `output/<from>_<to>/`. Each file is replaced atomically and the manifest is written last,
/// so a reader who finds a manifest finds every output it lists, complete.
public struct NightlyRun: Sendable {
    public let session: Session
    /// The output folder: the config's `output`, unless the command line names another.
    public let outputDirectory: URL
    /// Past runs, for comparisons with the previous window; nil writes no comparisons.
    public let history: RunHistory?

    public init(session: Session, outputDirectory: URL? = nil, history: RunHistory? = nil) {
        self.session = session
        self.outputDirectory = outputDirectory ?? session.config.outputDirectory
        self.history = history
    }

    /// What a run wrote, and each unit's totals for the history.
    public struct Result {
        public let manifest: Manifest
        public let totals: [UnitTotals]
    }

    public func execute() throws(RunError) -> Result {
        let config = session.config
        let window = session.window
        let units = config.scopes
        // One workbook per thread: libxlsxwriter keeps no state between workbooks (see `Workbook`).
        // Taken from the end, provinces before counties: the largest workbooks start early, so that no
        // core is left alone with one at the end.
        let written = Slots<Swift.Result<UnitOutputs, RunError>>(count: units.count)
        DispatchQueue.concurrentPerform(iterations: units.count) { taken in
            let index = units.count - 1 - taken
            written[index] = Swift.Result { () throws(RunError) in try write(units[index]) }
        }
        var outputs: [Manifest.OutputEntry] = []
        var totals: [UnitTotals] = []
        for result in written.values {
            let unit = try result.get()
            outputs += unit.entries
            totals.append(unit.totals)
        }

        let accounts = session.ingest.accounts
        let hashes = Slots<String>(count: accounts.count)
        DispatchQueue.concurrentPerform(iterations: accounts.count) { index in
            hashes[index] = (try? OutputFolder.sha256(of: URL(fileURLWithPath: accounts[index].path))) ?? ""
        }
        let inputs = zip(accounts, hashes.values).map { $0.manifestEntry(sha256: $1) }
        let manifest = Manifest(
            version: BriefingVersion.current,
            window: .init(from: window.from.description, to: window.to.description),
            today: session.options.today.description,
            settingsSHA256: try? SettingsFingerprint.sha256(of: config),
            inputs: inputs,
            findings: Manifest.FindingCounts(session.ingest.findings),
            outputs: outputs,
            exitCode: session.dataExitCode
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let manifestURL = try OutputFolder(root: outputDirectory)
            .prepare(folder: [StagedWindow.folderName(window)], fileName: "manifest.json")
        do {
            try OutputFolder.replace(manifestURL, with: try encoder.encode(manifest))
        } catch let error as RunError {
            throw error
        } catch {
            throw .output(path: manifestURL.path, reason: "\(error)")
        }
        return Result(manifest: manifest, totals: totals)
    }

    /// What one unit's outputs were: their manifest entries, and the unit's totals for the history.
    private struct UnitOutputs {
        let entries: [Manifest.OutputEntry]
        let totals: UnitTotals
    }

    /// Writes `unit`'s workbook and briefing into the window's folder.
    private func write(_ unit: SummaryScope) throws(RunError) -> UnitOutputs {
        let config = session.config
        let folder = OutputFolder(root: outputDirectory)
        let windowFolder = StagedWindow.folderName(session.window)
        let workbook = WorkbookRenderer(office: config.office, created: session.options.today, settings: config.workbook)
        var entries: [Manifest.OutputEntry] = []
        func record(_ kind: String, _ url: URL) throws(RunError) {
            do {
                entries.append(.init(unit: unit.name, level: unit.kind, kind: kind,
                                     path: relativePath(of: url), sha256: try OutputFolder.sha256(of: url)))
            } catch {
                throw .output(path: url.path, reason: "写入后无法读回：\(error)")
            }
        }

        let summary = session.aggregator.summary(for: unit)
        let review = try session.review(for: unit, history: history)
        let workbookURL = try folder.prepare(folder: [windowFolder], fileName: WorkbookRenderer.fileName(for: unit))
        try OutputFolder.replace(workbookURL, check: WorkbookCheck.problem(in:)) { temporary in
            try workbook.write(summary, review: review, to: temporary)
        }
        try record("workbook", workbookURL)

        let briefingURL = try folder.prepare(folder: [windowFolder], fileName: BriefingTemplate.fileName(for: unit))
        try OutputFolder.replace(briefingURL, with: Data(try session.briefing(of: summary, review: review).text.utf8))
        try record("briefing", briefingURL)
        return UnitOutputs(entries: entries, totals: UnitTotals(summary))
    }

    /// Paths in the manifest are relative to the output folder, so the folder can be moved or served.
    private func relativePath(of url: URL) -> String {
        let root = outputDirectory.standardizedFileURL.path + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
    }
}
