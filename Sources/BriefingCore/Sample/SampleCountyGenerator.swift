import Foundation

/// One county's share of a sample: its rows of the two rosters, and its reports and attendance files
/// (what the county office collects). Draws from its own random stream, so counties can be generated
/// in any order or in parallel and still give the same bytes.
struct SampleCountyGenerator {
    /// What the county adds to the data set. Roster problems carry lines counted within `teamRows` /
    /// `cadreRows` (first row = 1); the caller shifts them to lines of the whole file.
    struct Output {
        var teamRows = SampleBytes()
        var cadreRows = SampleBytes()
        var teams = 0
        var cadres = 0
        var reports = 0
        var attendance = 0
        var files: [(path: String, bytes: Int)] = []
        var problems: [SampleProblem] = []
        /// Deliberate variations that are not errors (encodings, spellings), for `PROBLEMS.md`.
        var notes: [String] = []
    }

    private struct Team {
        let id: String
        /// Percent; busier teams report larger figures.
        let activity: Int
        let cadres: [Cadre]
    }

    private struct Cadre {
        let id: String
        let start: CalendarDate
    }

    /// A cell typed wrongly on purpose.
    private enum Override {
        case text(String)
        case number(Int)
    }

    static let reportKeyHeaders = ["报告期", "工作队编号", "填报日期"]
    static let attendanceHeaders = ["干部编号", "报告期", "在村天数", "请假天数", "缺勤次数"]
    /// On-time 填报日期 fall on these days of the following month.
    static let onTimeDays = 1...5
    static let lateDay = 18
    static let approximateText = "7万余"
    static let fewDays = 12

    private let context: SampleContext
    private let county: SampleGeography.County
    private let countyIndex: Int
    private let plan: SampleProblemPlan
    private let style: SampleFileStyle
    private var random: SampleRandom
    private var teams: [Team] = []
    /// The month's figures of the row being written, by column.
    private var values: [Int]
    private var output = Output()

    init(context: SampleContext, county index: Int) {
        self.context = context
        countyIndex = index
        county = context.geography.counties[index]
        plan = SampleProblemPlan(county: index, options: context.options)
        style = SampleFileStyle.forCounty(index)
        random = SampleRandom(seed: context.options.seed, stream: UInt64(index))
        values = Array(repeating: 0, count: context.metrics.count)
    }

    static func reportsPath(county: String, style: SampleFileStyle) -> String {
        "reports/\(county).\(style.fileExtension)"
    }

    static func attendancePath(county: String) -> String { "attendance/\(county).csv" }

    mutating func generate(into directory: URL) throws -> Output {
        makeRosters()
        try writeReports(into: directory)
        try writeAttendance(into: directory)
        return output
    }

    // MARK: Rosters

    private mutating func makeRosters() {
        let options = context.options
        let townships = makeTownships()
        var villages = Set<String>()
        let width = max(2, String(options.teamsPerCounty).count)
        for teamIndex in 0..<options.teamsPerCounty {
            let teamID = county.code + "-" + Self.padded(teamIndex + 1, width: width)
            // Drawn for every team, so that a team given to a known sender leaves the random stream as it was.
            let drawn = sendingUnit()
            let sent = knownSender(team: teamIndex)
            let unit = sent?.unit ?? drawn
            let start = date(daysAfterFirstDay: random.int(in: -14...2))
            appendTeamRow(id: teamID, countyCell: countyCell(team: teamIndex), township: random.pick(townships),
                          village: uniqueVillage(&villages), unit: unit, unitCell: sent?.written ?? unit, start: start)

            var cadres: [Cadre] = []
            let size = random.int(in: 3...5)
            let combinedLeader = random.chance(percent: 50)
            for member in 0..<size {
                let role = switch (member, combinedLeader) {
                case (0, true): "第一书记兼队长"
                case (0, false): "第一书记"
                case (1, false): "队长"
                default: "队员"
                }
                let cadre = Cadre(id: teamID + "-" + Self.padded(member + 1, width: 2),
                                  start: random.chance(percent: 80) ? start : date(start, plus: random.int(in: 1...3)))
                appendCadreRow(cadre, teamID: teamID, role: role, leader: member < (combinedLeader ? 1 : 2),
                               teamUnit: unit)
                cadres.append(cadre)
            }
            teams.append(Team(id: teamID, activity: random.int(in: 70...130), cadres: cadres))
        }
        if plan.placement(.countyNotInConfig) != nil {
            appendStrayTeam(townships: townships, villages: &villages)
        }
    }

    /// A team filed under a neighbouring county that the config does not list.
    private mutating func appendStrayTeam(townships: [String], villages: inout Set<String>) {
        let stray = SampleNames.countyOutsideConfig
        let id = stray.code + "-01"
        appendTeamRow(id: id, countyCell: stray.name, township: random.pick(townships),
                      village: uniqueVillage(&villages), unit: stray.name + "人民医院", unitCell: stray.name + "人民医院",
                      start: date(daysAfterFirstDay: random.int(in: -14...2)))
        output.problems.append(SampleProblem(
            kind: .countyNotInConfig, file: "teams.csv", line: output.teams, teamID: id, cadreID: nil, period: nil,
            message: "工作队 \(id) 所在县“\(stray.name)”不在配置的县名单中"))
    }

    /// `unit` names the team; `unitCell` is its 派出单位 as written.
    private mutating func appendTeamRow(id: String, countyCell: String, township: String, village: String,
                                        unit: String, unitCell: String, start: CalendarDate) {
        let geography = context.geography
        let province = geography.provinces[county.province]
        let end = random.chance(percent: 85)
            ? CalendarDate(year: start.year + 2, month: start.month, day: min(start.day, 28))!.description : ""
        let programme = random.pick(province.programmes)
        output.teamRows.appendCSVRow([
            id, unit + "驻" + village + "工作队", province.name, geography.prefectures[county.prefecture].name,
            countyCell, township, village, unitCell, programme, start.description, end,
        ], crlf: false)
        output.teams += 1
    }

    private mutating func appendCadreRow(_ cadre: Cadre, teamID: String, role: String, leader: Bool, teamUnit: String) {
        let female = random.chance(percent: leader ? 25 : 35)
        let birth = CalendarDate(year: random.int(in: 1966...1998), month: random.int(in: 1...12),
                                 day: random.int(in: 1...28))!
        let status = leader || random.chance(percent: 70) ? "中共党员"
            : random.pick(["中共预备党员", "共青团员", "群众"])
        let unit = random.chance(percent: 80) ? teamUnit : county.name + random.pick(SampleNames.countyUnits)
        output.cadreRows.appendCSVRow([
            cadre.id, personName(female: female), teamID, role, female ? "女" : "男", birth.description, status,
            unit, cadre.start.description, "",
        ], crlf: false)
        output.cadres += 1
    }

    /// The county as a clerk typed it: the full name, but once the config's short form (芒康) and once
    /// the Traditional script (白玉縣), both of which must still match.
    private mutating func countyCell(team: Int) -> String {
        if countyIndex == 0, team == 3, let alias = county.aliases.first {
            output.notes.append("teams.csv：\(county.name)的第\(team + 1)支工作队，县名写作简称“\(alias)”")
            return alias
        }
        if team == 1, let traditional = SampleNames.traditionalCountyNames[county.name] {
            output.notes.append("teams.csv：\(county.name)的第\(team + 1)支工作队，县名写作繁体“\(traditional)”")
            return traditional
        }
        return county.name
    }

    /// The known sending unit that sent this team of a default county, noting how the roster names it.
    private mutating func knownSender(team: Int) -> SampleNames.KnownSender.Team? {
        for sender in SampleNames.knownSenders {
            guard let sent = sender.teams.first(where: { $0.county == countyIndex && $0.team == team }) else { continue }
            let spelling = sent.written == sent.unit ? "“\(sent.unit)”" : "写作繁体“\(sent.written)”（即“\(sent.unit)”）"
            let role = sender.members.contains(sent.unit) ? "下属单位" : sender.aliases.contains(sent.unit) ? "简称" : "名称"
            let how = "\(spelling)，是配置 senders 中“\(sender.name)”的\(role)"
            output.notes.append("teams.csv：\(county.name)的第\(team + 1)支工作队，派出单位\(how)")
            return sent
        }
        return nil
    }

    private mutating func makeTownships() -> [String] {
        var names = Set<String>()
        var townships: [String] = []
        while townships.count < max(2, min(15, context.options.teamsPerCounty / 4 + 2)) {
            let name = placeStem() + (random.chance(percent: 30) ? "镇" : "乡")
            if names.insert(name).inserted { townships.append(name) }
        }
        return townships
    }

    private mutating func uniqueVillage(_ taken: inout Set<String>) -> String {
        while true {
            var stem = placeStem()
            if random.chance(percent: 30) {
                stem += random.pick(county.tibetan ? SampleNames.tibetanPlaceSecond : SampleNames.hanPlaceSecond)
            }
            let name = stem + (random.chance(percent: 5) ? "社区" : "村")
            if taken.insert(name).inserted { return name }
        }
    }

    private mutating func placeStem() -> String {
        if county.tibetan {
            return random.pick(SampleNames.tibetanPlaceFirst) + random.pick(SampleNames.tibetanPlaceSecond)
        }
        let first = random.chance(percent: 40) ? random.pick(SampleNames.hanSurnames) + "家"
            : random.pick(SampleNames.hanPlaceFirst)
        return first + random.pick(SampleNames.hanPlaceSecond)
    }

    private mutating func sendingUnit() -> String {
        let province = context.geography.provinces[county.province]
        switch random.below(10) {
        case 0..<2:
            return province.departmentPrefix + random.pick(SampleNames.provincialDepartments)
        case 2..<3:
            let (before, after) = random.pick(SampleNames.provincialCompanies)
            return before + province.shortName + after
        case 3..<6:
            return context.geography.prefectures[county.prefecture].shortName + random.pick(SampleNames.prefectureUnits)
        default:
            return county.name + random.pick(SampleNames.countyUnits)
        }
    }

    private mutating func personName(female: Bool) -> String {
        if random.chance(percent: county.tibetan ? 60 : 5) {
            let first = random.pick(SampleNames.tibetanFirst)
            var second = first
            while second == first {
                second = random.pick(female ? SampleNames.tibetanSecondFemale : SampleNames.tibetanSecondMale)
            }
            return first + second
        }
        return random.pick(SampleNames.hanSurnames)
            + random.pick(female ? SampleNames.hanGivenFemale : SampleNames.hanGivenMale)
    }

    private static func padded(_ number: Int, width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private func date(daysAfterFirstDay days: Int) -> CalendarDate {
        date(context.options.firstPeriod.firstDay, plus: days)
    }

    private func date(_ date: CalendarDate, plus days: Int) -> CalendarDate {
        // Excel's serial is days since 1970-01-01 plus 25569: the model's one way back from a day count.
        CalendarDate(excelSerial: date.daysSinceEpoch + days + 25569)!
    }

    // MARK: Reports

    private mutating func writeReports(into directory: URL) throws {
        let path = Self.reportsPath(county: county.name, style: style)
        let rowEstimate = teams.count * context.months.count + 2
        var file = SampleBytes(capacity: rowEstimate * (40 + 5 * context.metrics.count))
        var line = 0
        if style.byteOrderMark { file.append([0xEF, 0xBB, 0xBF]) }
        if !style.jsonLines {
            file.appendCSVRow(Self.reportKeyHeaders + context.metrics.indices.map { header($0) }, crlf: style.crlf)
            line = 1
        }
        for (monthIndex, month) in context.months.enumerated() {
            var correction: (team: String, replacedLine: Int, values: [Int])?
            for (teamIndex, team) in teams.enumerated() {
                if plan.placement(.missingReport, team: teamIndex, month: monthIndex) != nil {
                    addProblem(.missingReport, path, nil, team: team.id, month: month,
                               "工作队 \(team.id) 缺少 \(month.period) 的月报（漏报）")
                    continue
                }
                fillValues(activity: team.activity)
                line += 1
                var day = random.int(in: Self.onTimeDays)
                var override: (column: Int, value: Override)?
                if plan.placement(.lateReport, team: teamIndex, month: monthIndex) != nil {
                    day = Self.lateDay
                    addProblem(.lateReport, path, line, team: team.id, month: month,
                               "工作队 \(team.id) \(month.period) 月报的填报日期为 \(month.period.next)-\(day)，"
                                   + "晚于次月\(Self.onTimeDays.upperBound)日（迟报）")
                }
                if plan.placement(.approximateNumber, team: teamIndex, month: monthIndex) != nil,
                   let column = context.approximateColumn {
                    override = (column, .text(Self.approximateText))
                    addProblem(.approximateNumber, path, line, team: team.id, month: month,
                               "\(context.metrics[column].name)填为“\(Self.approximateText)”，不是数字"
                                   + "（工作队 \(team.id)，\(month.period)）")
                }
                if plan.placement(.negativeCount, team: teamIndex, month: monthIndex) != nil,
                   let column = context.negativeColumn {
                    let negative = -max(1, values[column])
                    override = (column, .number(negative))
                    addProblem(.negativeCount, path, line, team: team.id, month: month,
                               "\(context.metrics[column].name)为负数 \(negative)（工作队 \(team.id)，\(month.period)）")
                }
                if plan.placement(.conflictingDuplicate, team: teamIndex, month: monthIndex) != nil {
                    // Submitted early, then corrected a few days later but still on time.
                    day = Self.onTimeDays.lowerBound + 1
                    correction = (team.id, line, values)
                }
                let blank = random.chance(percent: 8) ? random.below(max(1, values.count)) : nil
                appendReport(to: &file, teamID: team.id, month: month, day: day,
                             blank: blank == override?.column ? nil : blank, override: override)
            }
            if plan.placement(.unknownTeam, month: monthIndex) != nil {
                fillValues(activity: 100)
                line += 1
                let id = SampleProblemPlan.unknownTeamID
                appendReport(to: &file, teamID: id, month: month, day: random.int(in: Self.onTimeDays),
                             blank: nil, override: nil)
                addProblem(.unknownTeam, path, line, team: id, month: month,
                           "工作队编号 \(id) 不在工作队名册中（\(month.period) 月报）")
            }
            if let correction {
                values = correction.values
                // Raise the plain counts only, so a resolved figure stays within what it resolves.
                for column in values.indices {
                    if case .count = context.rules[column] { values[column] += 2 }
                }
                line += 1
                appendReport(to: &file, teamID: correction.team, month: month, day: Self.onTimeDays.upperBound - 1,
                             blank: nil, override: nil)
                addProblem(.conflictingDuplicate, path, line, team: correction.team, month: month,
                           "工作队 \(correction.team) \(month.period) 的月报重复报送，数字与第\(correction.replacedLine)行不同"
                               + "（本行填报日期较晚）")
            }
        }
        output.reports += line - (style.jsonLines ? 0 : 1)
        if let note = style.note(wanYuanHeader: context.wanYuanColumn.map { header($0) }) {
            output.notes.append("\(path)：\(note)")
        }
        try save(file, to: path, in: directory)
    }

    private func header(_ column: Int) -> String {
        let name = context.metrics[column].name
        return style.wanYuan && column == context.wanYuanColumn ? name + "（万元）" : name
    }

    private mutating func fillValues(activity: Int) {
        for column in context.fillOrder {
            values[column] = context.rules[column].value(activity: activity, values: values, random: &random)
        }
    }

    private func appendReport(to file: inout SampleBytes, teamID: String, month: SampleContext.Month, day: Int,
                              blank: Int?, override: (column: Int, value: Override)?) {
        if style.jsonLines {
            file.append("{\"period\":\"\(month.period)\",\"team_id\":\"\(teamID)\",\"submitted_on\":\"")
            file.append(month.isoSubmittedPrefix)
            file.append(int: day, width: 2)
            file.append("\"")
            for column in values.indices where column != blank {
                file.append(context.jsonKeys[column])
                switch override?.column == column ? override?.value : nil {
                case let .text(text)?: file.append("\"\(text)\"")
                case let .number(number)?: file.append(int: number)
                case nil: file.append(int: values[column])
                }
            }
            file.append("}")
            file.endLine(crlf: false)
            return
        }
        if style.chineseDates {
            file.append(month.chinesePeriod)
            file.appendComma()
            file.append(teamID)
            file.appendComma()
            file.append(month.chineseSubmittedPrefix)
            file.append(int: day)
            file.append("日")
        } else {
            file.append(month.isoPeriod)
            file.appendComma()
            file.append(teamID)
            file.appendComma()
            file.append(month.isoSubmittedPrefix)
            file.append(int: day, width: 2)
        }
        for column in values.indices {
            file.appendComma()
            if column == blank { continue }
            switch override?.column == column ? override?.value : nil {
            case let .text(text)?: file.appendField(text)
            case let .number(number)?: file.append(int: number)
            case nil:
                let value = values[column]
                if !context.isMoney[column] {
                    file.append(int: value)
                } else if style.wanYuan && column == context.wanYuanColumn {
                    file.append(wanYuanFromYuan: value)
                } else if style.groupedMoney {
                    file.appendGroupedField(value)
                } else {
                    file.append(int: value)
                }
            }
        }
        file.endLine(crlf: style.crlf)
    }

    // MARK: Attendance

    private mutating func writeAttendance(into directory: URL) throws {
        let path = Self.attendancePath(county: county.name)
        let cadreCount = teams.reduce(0) { $0 + $1.cadres.count }
        var file = SampleBytes(capacity: (cadreCount * context.months.count + 1) * 32)
        file.appendCSVRow(Self.attendanceHeaders, crlf: false)
        var line = 1
        for (monthIndex, month) in context.months.enumerated() {
            let overlong = plan.placement(.daysOverMonth, month: monthIndex)
            let few = plan.placement(.fewDaysInVillage, month: monthIndex)
            for (teamIndex, team) in teams.enumerated() {
                for (cadreIndex, cadre) in team.cadres.enumerated() {
                    line += 1
                    let available = cadre.start.period == month.period ? month.days - cadre.start.day + 1 : month.days
                    var days: Int
                    var leave = random.chance(percent: 25) ? random.int(in: 1...6) : 0
                    var absences = random.chance(percent: 6) ? random.int(in: 1...2) : 0
                    if let overlong, overlong.team == teamIndex, overlong.cadre == cadreIndex {
                        (days, leave, absences) = (month.days + 1, 0, 0)
                        addProblem(.daysOverMonth, path, line, cadre: cadre.id, month: month,
                                   "干部 \(cadre.id) \(month.period) 在村天数填为\(days)，超过当月\(month.days)天")
                    } else if let few, few.team == teamIndex, few.cadre == cadreIndex {
                        (days, leave, absences) = (Self.fewDays, available - Self.fewDays - 2, 0)
                        addProblem(.fewDaysInVillage, path, line, cadre: cadre.id, month: month,
                                   "干部 \(cadre.id) \(month.period) 在村天数为\(days)，不足20天（请假\(leave)天）")
                    } else {
                        // At least 20 days unless placed otherwise, so every shortfall is a listed problem.
                        days = min(available, max(20, available - leave - absences - random.int(in: 0...4)))
                        leave = min(leave, available - days)
                    }
                    file.append(cadre.id)
                    file.appendComma()
                    file.append(month.isoPeriod)
                    file.appendComma()
                    file.append(int: days)
                    file.appendComma()
                    file.append(int: leave)
                    file.appendComma()
                    file.append(int: absences)
                    file.endLine(crlf: false)
                }
            }
        }
        output.attendance += line - 1
        try save(file, to: path, in: directory)
    }

    // MARK: Output

    private mutating func save(_ file: SampleBytes, to path: String, in directory: URL) throws {
        var bytes = file.bytes
        if style.gb18030 && path.hasPrefix("reports/") {
            // Foundation's GB18030 (CFStringEncoding 0x0632); every character of a sample has a mapping.
            guard let encoded = String(decoding: bytes, as: UTF8.self)
                .data(using: String.Encoding(rawValue: 0x8000_0632), allowLossyConversion: false)
            else { throw SampleError.encodingFailed(file: path) }
            bytes = Array(encoded)
        }
        output.files.append((path, try SampleOutputFile.write(bytes, to: path, in: directory)))
    }

    private mutating func addProblem(_ kind: SampleProblem.Kind, _ file: String, _ line: Int?, team: String? = nil,
                                     cadre: String? = nil, month: SampleContext.Month, _ message: String) {
        output.problems.append(SampleProblem(kind: kind, file: file, line: line, teamID: team, cadreID: cadre,
                                             period: month.period, message: message))
    }
}
