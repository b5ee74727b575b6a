import BriefingCore

/// `manifest.json`: what a run read, what it found, what it wrote, and how it ended (cli-and-config.md).
public struct Manifest: Codable, Sendable {
    public struct WindowEntry: Codable, Sendable {
        public let from: String
        public let to: String
    }

    public struct InputEntry: Codable, Sendable {
        public let path: String
        public let kind: String
        public let encoding: String?
        /// Absent where the command did not hash its inputs (`validate`).
        public let sha256: String?
        public let recordsRead: Int
        public let recordsAccepted: Int
        public let recordsRejected: Int

        enum CodingKeys: String, CodingKey {
            case path, kind, encoding, sha256
            case recordsRead = "records_read", recordsAccepted = "records_accepted", recordsRejected = "records_rejected"
        }
    }

    public struct FindingCounts: Codable, Sendable {
        public let error: Int
        public let warning: Int
        public let info: Int

        public init(_ findings: [Finding]) {
            error = findings.filter { $0.severity == .error }.count
            warning = findings.filter { $0.severity == .warning }.count
            info = findings.filter { $0.severity == .info }.count
        }
    }

    public struct OutputEntry: Codable, Sendable {
        public let unit: String
        public let level: String
        public let kind: String
        public let path: String
        public let sha256: String
    }

    public let version: String
    public let window: WindowEntry
    public let today: String
    /// The config, catalog, rules and templates the run read, by content (`SettingsFingerprint`); absent
    /// in manifests of older versions.
    public let settingsSHA256: String?
    public let inputs: [InputEntry]
    public let findings: FindingCounts
    public var outputs: [OutputEntry]
    public var exitCode: Int32

    enum CodingKeys: String, CodingKey {
        case version, window, today, inputs, findings, outputs
        case settingsSHA256 = "settings_sha256", exitCode = "exit_code"
    }
}
