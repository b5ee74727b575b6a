import Foundation

/// Paths written into generated configs, relative so that the folder can be moved or committed.
public enum RelativePath {
    /// The path of `target` as seen from the folder `directory`.
    public static func from(_ directory: URL, to target: URL) -> String {
        let base = directory.standardizedFileURL.resolvingSymlinksInPath().pathComponents
        let goal = target.standardizedFileURL.resolvingSymlinksInPath().pathComponents
        var common = 0
        while common < min(base.count, goal.count), base[common] == goal[common] { common += 1 }
        let parts = Array(repeating: "..", count: base.count - common) + goal[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}
