/// The fixed columns of the inputs, by the ids input-format.md gives them (a header may be written as its id).
enum Field: String, Sendable {
    case teamID = "team_id"
    case teamName = "team_name"
    case province = "province"
    case prefecture = "prefecture"
    case county = "county"
    case township = "township"
    case village = "village"
    case sendingUnit = "sending_unit"
    case programme = "programme"
    case startDate = "start_date"
    case endDate = "end_date"
    case cadreID = "cadre_id"
    case name = "name"
    case role = "role"
    case gender = "gender"
    case birthDate = "birth_date"
    case politicalStatus = "political_status"
    case period = "period"
    case submittedOn = "submitted_on"
    case daysInVillage = "days_in_village"
    case leaveDays = "leave_days"
    case absences = "absences"
}

/// A fixed column of an input kind (input-format.md), recognised by its Chinese header or its id.
struct FieldSpec: Sendable {
    let id: Field
    let header: String
    let required: Bool
}

/// What a column of a file holds once its header is recognised.
enum ColumnTarget: Hashable, Sendable {
    case field(Field)
    /// A metric column; for money, the unit its cells are written in (`（万元）` in the header).
    case metric(position: Int, moneyUnit: MoneyUnit?)
}

/// The columns of one kind of input and how headers written by people map onto them.
struct InputSchema: Sendable {
    let kind: InputKind
    let fields: [FieldSpec]
    private let targets: [String: ColumnTarget]
    /// Whether some header is digits and signs only (a metric alias could be): then no cell can be
    /// ruled out as a repeated header by its look alone.
    let hasNumericHeader: Bool

    init(kind: InputKind, catalog: MetricCatalog) {
        self.kind = kind
        fields = InputSchema.fields(of: kind)
        var targets: [String: ColumnTarget] = [:]
        for field in fields {
            targets[NameKey.of(field.header)] = .field(field.id)
            targets[NameKey.of(field.id.rawValue)] = .field(field.id)
        }
        if kind == .reports {
            for (position, metric) in catalog.metrics.enumerated() {
                let target = ColumnTarget.metric(position: position, moneyUnit: metric.kind == .money ? .yuan : nil)
                for name in [metric.id, metric.name] + metric.aliases { targets[NameKey.of(name)] = target }
            }
        }
        self.targets = targets
        hasNumericHeader = targets.keys.contains { key in
            var key = key
            return key.withUTF8 { PlainText.isNumeric(UnsafeRawBufferPointer($0)) }
        }
    }

    /// The column a header means: as written (after normalising width, script and spaces), or with a
    /// money unit in brackets after it (`投入帮扶资金（万元）`). Nil for an unknown column.
    func target(forHeader header: String) -> ColumnTarget? {
        if let target = targets[NameKey.of(header)] { return target }
        // Only a unit in brackets is left to try; data cells, checked on every row, have none.
        guard header.utf8.last == UInt8(ascii: ")") || header.hasSuffix("）") || header.last?.isWhitespace == true
        else { return nil }
        let (name, unit) = MoneyUnit.split(header: header)
        guard case .metric(let position, .some)? = targets[NameKey.of(name)] else { return nil }
        return .metric(position: position, moneyUnit: unit)
    }

    var requiredFields: [FieldSpec] { fields.filter(\.required) }

    func header(ofField id: Field) -> String { fields.first { $0.id == id }?.header ?? id.rawValue }

    private static func fields(of kind: InputKind) -> [FieldSpec] {
        switch kind {
        case .teams:
            return [
                FieldSpec(id: .teamID, header: "工作队编号", required: true),
                FieldSpec(id: .teamName, header: "工作队名称", required: true),
                FieldSpec(id: .province, header: "省（区）", required: false),
                FieldSpec(id: .prefecture, header: "市（地区、州、师）", required: false),
                FieldSpec(id: .county, header: "县（市、区）", required: true),
                FieldSpec(id: .township, header: "乡（镇）", required: true),
                FieldSpec(id: .village, header: "村（社区、连队）", required: true),
                FieldSpec(id: .sendingUnit, header: "派出单位", required: true),
                FieldSpec(id: .programme, header: "驻村类别", required: false),
                FieldSpec(id: .startDate, header: "进驻日期", required: true),
                FieldSpec(id: .endDate, header: "期满日期", required: false),
            ]
        case .cadres:
            return [
                FieldSpec(id: .cadreID, header: "干部编号", required: true),
                FieldSpec(id: .name, header: "姓名", required: true),
                FieldSpec(id: .teamID, header: "工作队编号", required: true),
                FieldSpec(id: .role, header: "职务", required: true),
                FieldSpec(id: .gender, header: "性别", required: false),
                FieldSpec(id: .birthDate, header: "出生日期", required: false),
                FieldSpec(id: .politicalStatus, header: "政治面貌", required: false),
                FieldSpec(id: .sendingUnit, header: "派出单位", required: false),
                FieldSpec(id: .startDate, header: "进驻日期", required: true),
                FieldSpec(id: .endDate, header: "离队日期", required: false),
            ]
        case .reports:
            return [
                FieldSpec(id: .period, header: "报告期", required: true),
                FieldSpec(id: .teamID, header: "工作队编号", required: true),
                FieldSpec(id: .submittedOn, header: "填报日期", required: false),
            ]
        case .attendance:
            return [
                FieldSpec(id: .cadreID, header: "干部编号", required: true),
                FieldSpec(id: .period, header: "报告期", required: true),
                FieldSpec(id: .daysInVillage, header: "在村天数", required: true),
                FieldSpec(id: .leaveDays, header: "请假天数", required: false),
                FieldSpec(id: .absences, header: "缺勤次数", required: false),
            ]
        }
    }
}
