import Foundation
import Testing
@testable import BriefingCore

@Suite struct ConfigTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func write(_ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.repositoryRoot.appendingPathComponent("Config/metrics.yaml"),
                                         to: folder.appendingPathComponent("metrics.yaml"))
        let url = folder.appendingPathComponent("briefing.yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func theBundledConfigLoadsWithTheDefaultCatalog() throws {
        let config = try BriefingConfig.load(from: Self.repositoryRoot.appendingPathComponent("Config/briefing.yaml").path)
        #expect(config.catalog.count == 24)
        #expect(config.catalog.metric("deeds")?.name == "办实事好事")
        #expect(config.catalog.rates.map(\.id) == ["grievance_resolution_rate", "dispute_resolution_rate"])
        #expect(config.jurisdiction.units(at: .prefecture).count >= 2)
        #expect(config.jurisdiction.unit(named: "芒康")?.name == "芒康县")
        #expect(config.batchStart == Period(year: 2021, month: 4))
    }

    @Test func unitNamesMatchInFullByAliasInTraditionalScriptAndWithStraySpaces() {
        let jurisdiction = TestCatalog.jurisdiction
        for name in ["芒康县", "芒康", " 芒康 ", "芒康縣"] {
            #expect(jurisdiction.county(named: name) == TestCatalog.mangkang, "\(name)")
        }
        #expect(jurisdiction.county(named: "昌都市") == nil, "a prefecture is no county")
        #expect(jurisdiction.nearMatches(for: "芒康镇").first == "芒康县")
    }

    @Test func aSyntaxErrorNamesTheLineAndColumn() throws {
        let path = try write("batch_start: 2021-04\ninputs:\n  teams: [a.csv\nunits: []\n")
        #expect {
            try BriefingConfig.load(from: path)
        } throws: { error in
            let error = error as! ConfigError
            return error.file == path && error.line != nil && error.column != nil
        }
    }

    @Test func aWrongTypeNamesTheLineOfTheValue() throws {
        let text = """
        batch_start: 2021-04
        inputs: { teams: t.csv, cadres: c.csv, reports: r.csv, attendance: a.csv }
        units:
          - province: 西藏自治区
            prefectures:
              - name: 昌都市
                counties: 芒康县
        """
        let path = try write(text)
        #expect {
            try BriefingConfig.load(from: path)
        } throws: { error in
            let error = error as! ConfigError
            return error.line == 7 && error.message.contains("counties")
        }
    }

    @Test func aMissingInputKindIsNamed() throws {
        let path = try write("batch_start: 2021-04\ninputs: { teams: t.csv }\nunits: []\n")
        #expect {
            try BriefingConfig.load(from: path)
        } throws: { error in
            (error as! ConfigError).message.contains("驻村干部名册")
        }
    }
}
