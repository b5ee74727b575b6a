/// Codes of the findings the rules of rules.yaml produce. Cross-field rules carry their own code, the
/// rule's id (`rule.…`); the checks below are built in and their thresholds come from rules.yaml.
extension FindingCode {
    // Policy: how the work is staffed and done (warnings unless rules.yaml raises them; never reject)
    public static let teamSize = FindingCode(rawValue: "policy.team_size")
    public static let termLength = FindingCode(rawValue: "policy.term")
    public static let fewDaysInVillage = FindingCode(rawValue: "policy.days_in_village")
    public static let leaveDays = FindingCode(rawValue: "policy.leave_days")
    public static let absences = FindingCode(rawValue: "policy.absences")
    // Completeness
    public static let missingReport = FindingCode(rawValue: "completeness.missing_report")
    public static let lateReport = FindingCode(rawValue: "completeness.late_report")
    // Outliers
    public static let outlierAgainstHistory = FindingCode(rawValue: "outlier.history")
    public static let outlierAgainstPeers = FindingCode(rawValue: "outlier.peers")
}
