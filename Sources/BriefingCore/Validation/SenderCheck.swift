/// Sending units of `senders:` that no team of the roster names, by name, alias or member: most likely
/// spelt otherwise in the roster's 派出单位, which would leave the unit's workbook empty. A warning placed
/// at the config's line; it rejects nothing.
public enum SenderCheck {
    public static func findings(for config: BriefingConfig, teams: [Team]) -> [Finding] {
        let written = Array(Set(teams.map(\.sendingUnit))).sorted()
        return config.senders.filter { sender in !teams.contains(where: sender.sent) }.map { sender in
            let near = nearMatches(for: [sender.name] + sender.aliases + sender.members, among: written)
            return Finding(.senderWithoutTeams, .warning, file: config.file, line: sender.line,
                           message: "配置 senders 中的派出单位“\(sender.name)”（含简称和下属单位）在工作队名册中没有对应的工作队，"
                               + "其统计表为空；请核对名称与名册“派出单位”一栏是否一致"
                               + (near.isEmpty ? "" : "，名册中相近的有：\(near.joined(separator: "、"))"))
        }
    }

    /// The `candidates` sharing more than half of the characters of the name proper of any of `names`
    /// (区, 县, 自治 and the like say nothing about which unit was meant), most shared first.
    public static func nearMatches(for names: [String], among candidates: [String], limit: Int = 3) -> [String] {
        func proper(_ text: String) -> Set<Character> { Set(NameKey.of(text)).subtracting("省市县区州盟旗镇乡自治") }
        let wanted = names.map(proper)
        let scored = candidates.compactMap { candidate -> (Int, String)? in
            let have = proper(candidate)
            let shared = wanted.filter { !$0.isEmpty }.map { name in
                let count = name.intersection(have).count
                return count * 2 > name.count ? count : 0
            }.max() ?? 0
            return shared == 0 ? nil : (shared, candidate)
        }
        return scored.sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }.prefix(limit).map(\.1)
    }
}
