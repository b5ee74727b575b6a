/// Sending units of `senders:` that no team of the roster names, by name, alias or member: most likely
/// spelt otherwise in the roster's 派出单位, which would leave the unit's workbook empty. A warning placed
/// at the config's line; it rejects nothing.
public enum SenderCheck {
    public static func findings(for config: BriefingConfig, teams: [Team]) -> [Finding] {
        let written = Array(Set(teams.map(\.sendingUnit))).sorted()
        return config.senders.filter { sender in !teams.contains(where: sender.sent) }.map { sender in
            let near = nearMatches(for: [sender.name] + sender.aliases + sender.members, among: written)
            return Finding(.senderWithoutTeams, .warning, file: config.file, line: sender.line, column: "senders",
                           message: "配置 senders 中的派出单位“\(sender.name)”（含简称和下属单位）在工作队名册中没有对应的工作队，"
                               + "其统计表为空；请核对名称与名册“派出单位”一栏是否一致"
                               + (near.isEmpty ? "" : "，名册中相近的有：\(near.joined(separator: "、"))"))
        }
    }

    /// The `candidates` sharing the most characters with any of `names`, at least half of the shortest
    /// name's, for "did you mean" messages.
    public static func nearMatches(for names: [String], among candidates: [String], limit: Int = 3) -> [String] {
        let scored = candidates.map { candidate -> (Int, String) in
            let have = Set(NameKey.of(candidate))
            return (names.map { Set(NameKey.of($0)).intersection(have).count }.max() ?? 0, candidate)
        }
        let threshold = max(2, (names.map(\.count).min() ?? 0) / 2)
        return scored.filter { $0.0 >= threshold }.sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }.prefix(limit).map(\.1)
    }
}
