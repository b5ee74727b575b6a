import BriefingCore
import Foundation

/// The findings of a run as `briefing validate` prints them: for a clerk (grouped by file and rule) or
/// for a script (`--json`, whose shape cli-and-config.md fixes).
public struct ValidationReport {
    public let findings: [Finding]
    public let accounts: [InputAccount]

    public init(session: Session) {
        findings = session.ingest.findings
        accounts = session.ingest.accounts
    }

    public var text: String {
        var out = ""
        let byFile = Dictionary(grouping: findings, by: \.file)
        let files = accounts.map(\.path) + byFile.keys.filter { key in !accounts.contains { $0.path == key } }.sorted()
        for file in files {
            let fileFindings = byFile[file] ?? []
            if let account = accounts.first(where: { $0.path == file }) {
                out += "\(file)（\(account.kind.chineseName)）：读取\(account.recordsRead)条，"
                    + "接受\(account.recordsAccepted)条，拒绝\(account.recordsRejected)条\n"
            } else {
                out += "\(file)：\n"
            }
            let byRule = Dictionary(grouping: fileFindings, by: \.code)
            for code in byRule.keys.sorted(by: { ($0.severityOrder(in: byRule), $0.rawValue) < ($1.severityOrder(in: byRule), $1.rawValue) }) {
                let group = byRule[code]!
                out += "  [\(group[0].severity.chineseName)] \(code) ×\(group.count)\n"
                for finding in group { out += "    \(finding.placeAndMessage)\n" }
            }
        }
        let counts = Manifest.FindingCounts(findings)
        out += "共发现错误\(counts.error)个、警告\(counts.warning)个、提示\(counts.info)个。"
        out += counts.error > 0 ? "有错误的记录未计入汇总。\n" : "\n"
        return out
    }

    public func json() throws -> String {
        struct Document: Encodable {
            struct Summary: Encodable {
                let inputs: [Manifest.InputEntry]
                let findings: Manifest.FindingCounts
            }
            let findings: [Finding]
            let summary: Summary
        }
        let document = Document(findings: findings,
                                summary: .init(inputs: accounts.map { $0.manifestEntry(sha256: nil) },
                                               findings: Manifest.FindingCounts(findings)))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }
}

extension Finding {
    /// `第12行 办实事好事：…（工作队 MK-01，2021-05）`
    var placeAndMessage: String {
        var place = line.map { "第\($0)行" } ?? ""
        if let column { place += (place.isEmpty ? "" : " ") + "“\(column)”列" }
        let keys = [teamID.map { "工作队 \($0)" }, cadreID.map { "干部 \($0)" }, period].compactMap { $0 }
        let suffix = keys.isEmpty ? "" : "（\(keys.joined(separator: "，"))）"
        return (place.isEmpty ? "" : place + "：") + message + suffix
    }
}

private extension FindingCode {
    func severityOrder(in groups: [FindingCode: [Finding]]) -> Int {
        switch groups[self]?.first?.severity {
        case .error: return 0
        case .warning: return 1
        default: return 2
        }
    }
}

extension InputAccount {
    func manifestEntry(sha256: String?) -> Manifest.InputEntry {
        Manifest.InputEntry(path: path, kind: kind.rawValue, encoding: encoding, sha256: sha256,
                            recordsRead: recordsRead, recordsAccepted: recordsAccepted,
                            recordsRejected: recordsRejected)
    }
}
