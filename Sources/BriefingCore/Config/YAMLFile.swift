import Foundation
import Yams

/// Reads a YAML file into a Decodable value, turning every failure into a `ConfigError` with a line and column.
///
/// Yams places syntax errors itself; decoding errors carry only a coding path, so the path is walked
/// over the composed node tree to find where the offending value was written.
enum YAMLFile {
    /// `userInfo` reaches every `init(from:)`, for values checked against what is already loaded (the catalog).
    static func decode<T: Decodable>(_ type: T.Type, from url: URL, displayPath: String,
                                     userInfo: [CodingUserInfoKey: Any] = [:]) throws(ConfigError) -> T {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ConfigError(file: displayPath, message: "无法读取（文件不存在、不可读或不是UTF-8编码）")
        }
        do {
            return try YAMLDecoder().decode(T.self, from: text, userInfo: userInfo)
        } catch let error as YamlError {
            throw syntaxError(error, file: displayPath)
        } catch DecodingError.dataCorrupted(let context) where context.underlyingError is YamlError {
            throw syntaxError(context.underlyingError as! YamlError, file: displayPath)
        } catch let error as DecodingError {
            throw decodingError(error, text: text, file: displayPath)
        } catch {
            throw ConfigError(file: displayPath, message: "\(error)")
        }
    }

    /// The line each value at `paths` was written on, for findings that point into a file already
    /// decoded; nil where the file cannot be read again.
    static func lines(at paths: [[CodingKey]], in url: URL) -> [Int?] {
        guard let text = try? String(contentsOf: url, encoding: .utf8), let root = (try? Yams.compose(yaml: text)) ?? nil else {
            return paths.map { _ in nil }
        }
        return paths.map { node(at: $0, in: root)?.mark?.line }
    }

    private static func syntaxError(_ error: YamlError, file: String) -> ConfigError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return ConfigError(file: file, line: mark.line, column: mark.column, message: "YAML语法错误：\(problem)")
        default:
            return ConfigError(file: file, message: "YAML语法错误：\(error)")
        }
    }

    private static func decodingError(_ error: DecodingError, text: String, file: String) -> ConfigError {
        let (path, problem): ([CodingKey], String) = {
            switch error {
            case .keyNotFound(let key, let context):
                return (context.codingPath, "缺少必填项“\(key.stringValue)”")
            case .typeMismatch(_, let context), .valueNotFound(_, let context):
                return (context.codingPath, "取值类型不对：\(context.debugDescription)")
            case .dataCorrupted(let context):
                return (context.codingPath, context.debugDescription)
            @unknown default:
                return ([], "\(error)")
            }
        }()
        let keyPath = path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        let mark = (try? Yams.compose(yaml: text)).flatMap { $0.map { node(at: path, in: $0)?.mark } } ?? nil
        let message = keyPath.isEmpty ? problem : "\(keyPath)：\(problem)"
        return ConfigError(file: file, line: mark?.line, column: mark?.column, message: message)
    }

    /// The deepest node along `path` that exists, so a missing key points at the mapping that lacks it.
    private static func node(at path: [CodingKey], in root: Node) -> Node? {
        var current = root
        for key in path {
            let next: Node?
            if let index = key.intValue, let sequence = current.sequence, sequence.indices.contains(index) {
                next = sequence[index]
            } else {
                next = current[key.stringValue]
            }
            guard let next else { break }
            current = next
        }
        return current
    }
}
