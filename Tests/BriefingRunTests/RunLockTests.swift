import Foundation
import Testing
@testable import BriefingRun

@Suite struct RunLockTests {
    @Test func aSecondRunIsTurnedAwayWithTheHoldersPidAndGetsTheLockOnceItIsFree() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lock-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var first: RunLock? = try RunLock.acquire(in: folder)
        #expect(first != nil)
        // flock locks belong to the open file, so a second open in this process conflicts like another run.
        #expect {
            try RunLock.acquire(in: folder)
        } throws: { error in
            guard case .locked(_, let holder) = error as? RunError else { return false }
            return holder == getpid() && (error as! RunError).exitCode == 75
                && "\(error)".contains("进程 \(getpid())")
        }
        first = nil
        #expect(try RunLock.acquire(in: folder).file.lastPathComponent == ".briefing.lock")
    }
}
