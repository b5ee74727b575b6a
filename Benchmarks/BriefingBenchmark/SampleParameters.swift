/// The options of one `briefing sample` data set (its seed is the default, 1).
struct SampleParameters: Codable, Hashable {
    let counties: Int
    let teams: Int
    let months: Int

    var arguments: [String] { ["--counties", "\(counties)", "--teams", "\(teams)", "--months", "\(months)"] }
    var description: String { arguments.joined(separator: " ") }

    /// The country: about 250,000 teams and 3 million monthly reports (issue 7).
    static let national = SampleParameters(counties: 2900, teams: 90, months: 12)
    /// One prefecture's worth: the generator puts ten counties in a prefecture, and the first ten counties
    /// it makes include 芒康县 (as 900 teams in all, the size of any prefecture of the national set).
    static let prefecture = SampleParameters(counties: 10, teams: 90, months: 12)
    /// Stand-ins for `--quick`: every step runs, on data small enough for a smoke run.
    static let quickNational = SampleParameters(counties: 40, teams: 10, months: 12)
    static let quickPrefecture = SampleParameters(counties: 10, teams: 10, months: 12)
}
