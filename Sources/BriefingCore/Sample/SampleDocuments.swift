/// The two text files that come with a sample's data: its config and the list of its deliberate problems.
enum SampleDocuments {
    static func config(geography: SampleGeography, options: SampleOptions,
                       metricsPath: String, rulesPath: String?, templatesPath: String) -> String {
        var lines = [
            "# 由 briefing sample 生成的示例配置",
            "# \(commandLine(options))",
            "batch_start: \(options.firstPeriod)",
            "inputs:",
            "  teams: teams.csv",
            "  cadres: cadres.csv",
            "  reports: reports/*",
            "  attendance: attendance/*",
            "output: ../out",
            "metrics: \(metricsPath)",
        ]
        if let rulesPath { lines.append("rules: \(rulesPath)") }
        lines += [
            "templates: \(templatesPath)",
            "office: 示例驻村工作办公室      # 工作簿的作者",
            "units:",
        ]
        for province in geography.provinces {
            lines.append("  - province: \(province.name)")
            lines.append("    recipients: [\(province.email)]")
            lines.append("    prefectures:")
            for prefectureIndex in province.prefectures {
                let prefecture = geography.prefectures[prefectureIndex]
                lines.append("      - name: \(prefecture.name)")
                lines.append("        recipients: [\(prefecture.email)]")
                lines.append("        counties:")
                for countyIndex in prefecture.counties {
                    let county = geography.counties[countyIndex]
                    lines.append("          - name: \(county.name)")
                    if !county.aliases.isEmpty {
                        lines.append("            aliases: [\(county.aliases.joined(separator: ", "))]")
                    }
                    lines.append("            recipients: [\(county.email)]")
                }
            }
        }
        let senders = SampleNames.knownSenders.filter { sender in
            sender.teams.contains { $0.county < options.counties && $0.team < options.teamsPerCounty }
        }
        if !senders.isEmpty { lines.append("senders:") }
        for sender in senders {
            lines.append("  - name: \(sender.name)")
            lines.append("    aliases: [\(sender.aliases.joined(separator: ", "))]")
            lines.append("    members: [\(sender.members.joined(separator: ", "))]")
            lines.append("    recipients: [\(sender.pinyin)@example.org]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func problemList(_ problems: [SampleProblem], notes: [String], options: SampleOptions) -> String {
        var lines = [
            "# 示例数据中的刻意问题",
            "",
            "由 `\(commandLine(options))` 生成。下列问题是有意放入的，供检验校验功能。"
                + "行号为文件中的物理行：CSV 的表头是第1行，JSON Lines 的第1行就是第一条记录。",
            "",
        ]
        lines += problems.isEmpty ? ["（无）"] : problems.map(\.listing)
        lines += ["", "## 其他有意的变化（不是错误，应当照常读入）", ""]
        lines += notes.map { "- " + $0 }
        lines.append("- 各县月报中约 8% 的行有一个指标空着：未填报，不同于 0。")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func commandLine(_ options: SampleOptions) -> String {
        "briefing sample --counties \(options.counties) --teams \(options.teamsPerCounty)"
            + " --months \(options.months) --seed \(options.seed)"
    }
}
