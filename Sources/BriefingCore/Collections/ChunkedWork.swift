import Dispatch
import Foundation

/// Work over `0..<count` shared out in contiguous chunks, a couple per core, with each chunk's result
/// returned in order.
enum ChunkedWork {
    static func chunks<Result: Sendable>(count: Int, _ work: @Sendable (Range<Int>) -> Result) -> [Result] {
        let chunks = Swift.max(1, Swift.min(count / 4096, ProcessInfo.processInfo.activeProcessorCount * 2))
        let results = Slots<Result>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            results[chunk] = work((count * chunk / chunks)..<(count * (chunk + 1) / chunks))
        }
        return results.values
    }
}
