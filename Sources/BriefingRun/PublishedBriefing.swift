import BriefingCore
import Crypto
import Dispatch
import Foundation

/// The briefing the last `nightly` published for a unit, taken when that run computed exactly what
/// `briefing --county` would compute now: reading a national data set takes minutes, checking this takes
/// the time to hash the inputs. It is taken only when
/// - the run is the last one in the history, for the window asked for (`--from`, `--period`), on the
///   same day (`--today`), by the same version of the program;
/// - the config, metric catalog, rules and templates are byte for byte those the run read;
/// - every input file is, by content, one the run read, and no file has been added or removed;
/// - the briefing file is still what the run wrote.
/// Otherwise the caller computes the briefing from the inputs, as it always may.
public struct PublishedBriefing {
    public let text: String
    /// The exit code of the run that wrote it: 0, or 65 when some input had error-level findings.
    public let exitCode: Int32

    public static func find(for scope: SummaryScope, config: BriefingConfig, options: RunOptions) -> PublishedBriefing? {
        let outputDirectory = config.outputDirectory
        let historyFile = RunHistory.location(config: config, outputDirectory: outputDirectory)
        guard FileManager.default.fileExists(atPath: historyFile.path),
              let run = try? RunHistory.open(at: historyFile).lastRun(),
              run.window.from == options.from ?? config.batchStart,
              options.period.map({ $0 == run.window.to }) ?? true,
              run.today == options.today, run.version == BriefingVersion.current
        else { return nil }

        let folder = outputDirectory.appendingPathComponent(StagedWindow.folderName(run.window))
        let manifestURL = folder.appendingPathComponent("manifest.json")
        // The run writes its manifest before it records itself: a manifest written within the last run's
        // time is that run's, and no later run has changed the history its comparisons read. A second's
        // slack covers the history's millisecond times and the file system's coarse clock; runs take longer.
        guard let written = (try? FileManager.default.attributesOfItem(atPath: manifestURL.path))?[.modificationDate] as? Date,
              run.startedAt.addingTimeInterval(-1) <= written, written <= run.finishedAt.addingTimeInterval(1),
              let data = try? Data(contentsOf: manifestURL),
              let manifest = try? JSONDecoder().decode(Manifest.self, from: data),
              manifest.settingsSHA256 == (try? SettingsFingerprint.sha256(of: config)),
              inputsUnchanged(since: manifest, config: config),
              let entry = manifest.outputs.first(where: { $0.unit == scope.name && $0.level == scope.kind && $0.kind == "briefing" })
        else { return nil }
        let file = outputDirectory.appendingPathComponent(entry.path)
        guard (try? OutputFolder.sha256(of: file)) == entry.sha256, let text = try? String(contentsOf: file, encoding: .utf8)
        else { return nil }
        return PublishedBriefing(text: text, exitCode: manifest.exitCode)
    }

    /// The same files as the manifest lists, in the same order, each with the content the run hashed.
    private static func inputsUnchanged(since manifest: Manifest, config: BriefingConfig) -> Bool {
        let (files, missing) = InputLoader(config: config).inputFiles()
        guard missing.isEmpty, files.map(\.path) == manifest.inputs.map(\.path) else { return false }
        let matches = Slots<Bool>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let recorded = manifest.inputs[index].sha256
            matches[index] = recorded != nil && (try? OutputFolder.sha256(of: URL(fileURLWithPath: files[index].path))) == recorded
        }
        return matches.values.allSatisfy { $0 }
    }
}

/// What a run reads besides its inputs, by content: the config, the metric catalog, the rules and every
/// template. A change to any of them can change a briefing.
enum SettingsFingerprint {
    static func sha256(of config: BriefingConfig) throws -> String {
        let templates = try FileManager.default.contentsOfDirectory(atPath: config.templatesDirectory.path).sorted()
            .map { config.templatesDirectory.appendingPathComponent($0) }
        var hasher = SHA256()
        for file in [URL(fileURLWithPath: config.file), config.metricsFile] + (config.rulesFile.map { [$0] } ?? []) + templates {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            let content = try Data(contentsOf: file)
            // Each file's name and length go first, so that moving bytes from one file to the next changes the sum.
            hasher.update(data: Data("\(file.lastPathComponent)\u{0}\(content.count)\u{0}".utf8))
            hasher.update(data: content)
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
