/// The units a sample covers: the real counties of the default set first, then, for large runs,
/// invented ones, ten to a prefecture and eight prefectures to a province. Names depend only on the
/// county count, never on the seed.
struct SampleGeography: Sendable {
    struct Province: Sendable {
        let name: String
        /// For company branches: `国网西藏电力有限公司`.
        let shortName: String
        /// For departments: `自治区财政厅`.
        let departmentPrefix: String
        let email: String
        let programmes: [String]
        var prefectures: [Int] = []
    }

    struct Prefecture: Sendable {
        let name: String
        /// For its units: `甘孜州人民医院`.
        let shortName: String
        let email: String
        let province: Int
        var counties: [Int] = []
    }

    struct County: Sendable {
        let name: String
        let aliases: [String]
        /// Stem of team and cadre ids: `540328`.
        let code: String
        let email: String
        let prefecture: Int
        let province: Int
        /// Tibetan-speaking area: place and person names follow.
        let tibetan: Bool
    }

    static let countiesPerPrefecture = 10
    static let prefecturesPerProvince = 8
    static let knownCountyCount = SampleNames.knownProvinces.reduce(0) { $0 + $1.prefectures.reduce(0) { $0 + $1.counties.count } }
    /// Invented names are pairs from fixed lists, so there are only so many.
    static let maximumCountyCount = knownCountyCount + SampleNames.countyFirst.count * SampleNames.countySecond.count

    private(set) var provinces: [Province] = []
    private(set) var prefectures: [Prefecture] = []
    private(set) var counties: [County] = []

    init(countyCount: Int) {
        addKnownCounties(upTo: countyCount)
        for invented in 0..<max(0, countyCount - counties.count) {
            addInventedCounty(invented)
        }
    }

    private mutating func addKnownCounties(upTo countyCount: Int) {
        for province in SampleNames.knownProvinces {
            for prefecture in province.prefectures {
                for county in prefecture.counties {
                    guard counties.count < countyCount else { return }
                    if provinces.last?.name != province.name {
                        provinces.append(Province(
                            name: province.name, shortName: province.shortName,
                            departmentPrefix: province.departmentPrefix, email: Self.email(province.pinyin),
                            programmes: province.programmes))
                    }
                    if prefectures.last?.name != prefecture.name {
                        add(Prefecture(name: prefecture.name, shortName: prefecture.shortName,
                                       email: Self.email(prefecture.pinyin), province: provinces.count - 1))
                    }
                    add(County(name: county.name, aliases: [county.alias], code: county.code,
                               email: Self.email(county.pinyin), prefecture: prefectures.count - 1,
                               province: provinces.count - 1, tibetan: true))
                }
            }
        }
    }

    private mutating func addInventedCounty(_ index: Int) {
        let prefectureIndex = index / Self.countiesPerPrefecture
        if index % Self.countiesPerPrefecture == 0 {
            let provinceIndex = prefectureIndex / Self.prefecturesPerProvince
            if prefectureIndex % Self.prefecturesPerProvince == 0 {
                let (name, pinyin) = Self.inventedName(provinceIndex, SampleNames.provinceFirst, SampleNames.provinceSecond)
                provinces.append(Province(
                    name: name + "省", shortName: name, departmentPrefix: name + "省", email: Self.email(pinyin),
                    programmes: SampleNames.inventedProgrammes))
            }
            let (name, pinyin) = Self.inventedName(prefectureIndex, SampleNames.prefectureFirst, SampleNames.prefectureSecond)
            add(Prefecture(name: name + "市", shortName: name + "市", email: Self.email(pinyin), province: provinces.count - 1))
        }
        let (name, pinyin) = Self.inventedName(index, SampleNames.countyFirst, SampleNames.countySecond)
        add(County(name: name + "县", aliases: [], code: String(800_000 + index), email: Self.email(pinyin),
                   prefecture: prefectures.count - 1, province: provinces.count - 1, tibetan: false))
    }

    private mutating func add(_ prefecture: Prefecture) {
        provinces[prefecture.province].prefectures.append(prefectures.count)
        prefectures.append(prefecture)
    }

    private mutating func add(_ county: County) {
        prefectures[county.prefecture].counties.append(counties.count)
        counties.append(county)
    }

    /// The `index`-th name of `first × second`, one-to-one while `index < first.count * second.count`;
    /// the second character is shifted with the first so that neighbours differ in both.
    private static func inventedName(_ index: Int, _ first: [(String, String)], _ second: [(String, String)]) -> (String, String) {
        let a = index % first.count
        let b = (index / first.count + a * 7) % second.count
        return (first[a].0 + second[b].0, first[a].1 + second[b].1)
    }

    private static func email(_ pinyin: String) -> String { pinyin + "@example.org" }
}
