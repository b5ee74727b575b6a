import BriefingCore
import Foundation
import Testing
@testable import BriefingRun

@Suite struct StagedWindowTests {
    @Test func theStagedFolderReplacesThePublishedOneWholeAndLeftoversOfKilledRunsGo() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("staged-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let window = Window(from: Period(year: 2021, month: 4)!, to: Period(year: 2021, month: 10)!)!
        let published = output.appendingPathComponent("2021-04_2021-10")
        try FileManager.default.createDirectory(at: published, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: published.appendingPathComponent("old-only.txt"))
        let leftover = output.appendingPathComponent(".staging-99999999")
        try FileManager.default.createDirectory(at: leftover, withIntermediateDirectories: true)

        let staging = StagedWindow.begin(in: output)
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        let staged = staging.stagingRoot.appendingPathComponent("2021-04_2021-10")
        try FileManager.default.createDirectory(at: staged, withIntermediateDirectories: true)
        try Data("new".utf8).write(to: staged.appendingPathComponent("manifest.json"))
        try staging.publish(window)

        #expect(try FileManager.default.contentsOfDirectory(atPath: published.path) == ["manifest.json"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["2021-04_2021-10"])
    }
}
