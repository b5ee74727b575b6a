/// What `briefing sample` is asked for: `--counties`, `--teams`, `--months`, `--seed`.
public struct SampleOptions: Sendable, Equatable {
    public var counties: Int
    /// Teams in each county.
    public var teamsPerCounty: Int
    public var months: Int
    public var seed: UInt64
    /// The first month with reports; also the config's `batch_start`.
    public var firstPeriod: Period

    public init(counties: Int = 6, teamsPerCounty: Int = 4, months: Int = 7, seed: UInt64 = 1,
                firstPeriod: Period = Period(year: 2021, month: 4)!) {
        self.counties = counties
        self.teamsPerCounty = teamsPerCounty
        self.months = months
        self.seed = seed
        self.firstPeriod = firstPeriod
    }

    public static let countiesRange = 1...SampleGeography.maximumCountyCount
    public static let teamsPerCountyRange = 1...500
    public static let monthsRange = 1...120

    /// Throws `SampleError.invalidOption` for the first option out of range, named as on the command line.
    public func validate() throws {
        let checks = [
            ("--counties", counties, Self.countiesRange),
            ("--teams", teamsPerCounty, Self.teamsPerCountyRange),
            ("--months", months, Self.monthsRange),
        ]
        for (name, value, allowed) in checks where !allowed.contains(value) {
            throw SampleError.invalidOption(name: name, value: value, allowed: allowed)
        }
    }
}
