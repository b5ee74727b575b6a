import Foundation
import Testing
@testable import BriefingCore

@Suite struct RelativePathTests {
    @Test func pathsAreWrittenRelativeToTheFolderThatHoldsTheConfig() {
        let root = URL(fileURLWithPath: "/srv/briefing")
        #expect(RelativePath.from(root.appendingPathComponent("Samples"), to: root.appendingPathComponent("Config/metrics.yaml")) == "../Config/metrics.yaml")
        #expect(RelativePath.from(root, to: root.appendingPathComponent("Templates")) == "Templates")
        #expect(RelativePath.from(root.appendingPathComponent("a/b"), to: root) == "../..")
    }
}
