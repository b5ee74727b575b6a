import Foundation

/// `senders:` as written. A name or alias calls one sending unit only, so that `--sender` and the mail
/// know which is meant; a member may belong to several (a joint unit) and may be a sender of its own.
/// Problems are thrown as decoding errors on the offending item, so that the config error names its
/// line and column.
struct SenderList: Decodable {
    let entries: [SenderEntry]

    init(from decoder: Decoder) throws {
        var list = try decoder.unkeyedContainer()
        var callers: [String: String] = [:]
        var entries: [SenderEntry] = []
        while !list.isAtEnd {
            let index = list.currentIndex
            let entry = try list.decode(SenderEntry.self)
            func fail(_ path: [AnyKey], _ message: String) -> DecodingError {
                .dataCorrupted(.init(codingPath: decoder.codingPath + [AnyKey(intValue: index)] + path, debugDescription: message))
            }
            func items(_ key: String, _ names: [String]) -> [(String, [AnyKey])] {
                names.enumerated().map { ($1, [AnyKey(stringValue: key), AnyKey(intValue: $0)]) }
            }
            let calls = [(entry.name, [AnyKey(stringValue: "name")])] + items("aliases", entry.aliases)
            var own = Set<String>()
            for (name, path) in calls + items("members", entry.members) where !own.insert(NameKey.of(name)).inserted {
                throw fail(path, "“\(name)”在派出单位“\(entry.name)”的名称、简称和下属单位中重复出现")
            }
            for (name, path) in calls {
                let key = NameKey.of(name)
                if let other = callers[key] {
                    throw fail(path, "“\(name)”已是派出单位“\(other)”的名称或简称；每个名称只能指一个派出单位")
                }
                callers[key] = entry.name
            }
            for (address, path) in items("recipients", entry.recipients) where !MailAddress.isValid(address) {
                throw fail(path, "“\(address)”不是有效的邮件地址")
            }
            entries.append(entry)
        }
        self.entries = entries
    }

    /// The sending units, each with the line its entry starts on in `file`.
    func senders(in file: URL) -> [SendingUnit] {
        let lines = YAMLFile.lines(at: entries.indices.map { [AnyKey(stringValue: "senders"), AnyKey(intValue: $0)] }, in: file)
        return zip(entries, lines).map { entry, line in
            SendingUnit(name: entry.name, aliases: entry.aliases, members: entry.members, recipients: entry.recipients,
                        line: line)
        }
    }
}

/// One item of `senders:`.
struct SenderEntry: Decodable {
    let name: String
    let aliases: [String]
    let members: [String]
    let recipients: [String]

    enum Keys: String, CodingKey, CaseIterable {
        case name, aliases, members, recipients
    }

    init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(Keys.self)
        let container = try decoder.container(keyedBy: Keys.self)
        name = CellText.trimmed(try container.decode(String.self, forKey: .name))
        guard !name.isEmpty else {
            throw DecodingError.dataCorruptedError(forKey: .name, in: container, debugDescription: "派出单位的名称不能为空")
        }
        aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
        members = try container.decodeIfPresent([String].self, forKey: .members) ?? []
        recipients = try container.decodeIfPresent([String].self, forKey: .recipients) ?? []
        for (key, names) in [(Keys.aliases, aliases), (.members, members)] where names.contains(where: { CellText.trimmed($0).isEmpty }) {
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "名称不能为空")
        }
    }
}
