import Foundation

/// Reads workbooks back with openpyxl, a reader independent of libxlsxwriter.
///
/// Debian's `/usr/bin/python3` has openpyxl; the `python3` first on PATH may not, so the path
/// is explicit.
enum Openpyxl {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs `script` with `wb` (the workbook at `path`, loaded by openpyxl) and an empty dict
    /// `out` in scope, and returns `out` as decoded from JSON.
    static func inspect(_ path: String, dataOnly: Bool = false, _ script: String) throws -> [String: Any] {
        let program = """
            import json, sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1], data_only=\(dataOnly ? "True" : "False"))
            out = {}
            \(script)
            print(json.dumps(out, ensure_ascii=False, default=str))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", program, path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "openpyxl failed on \(path):\n\(errorText)")
        }
        guard let result = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Failure(description: "openpyxl printed no JSON object for \(path)")
        }
        return result
    }
}
