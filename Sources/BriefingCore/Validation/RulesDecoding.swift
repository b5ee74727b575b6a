/// What reading rules.yaml needs beyond the file itself. Metric ids and province names are checked while
/// the file is decoded, so that a mistake is reported at its own line and column.
struct RulesContext {
    static let key = CodingUserInfoKey(rawValue: "briefing.rules")!

    let catalog: MetricCatalog
    let jurisdiction: Jurisdiction

    static func of(_ decoder: Decoder) -> RulesContext {
        guard let context = decoder.userInfo[key] as? RulesContext else {
            preconditionFailure("rules are decoded through RuleSet.load, which supplies the catalog")
        }
        return context
    }
}

/// Any key of a mapping or position in a list: for mappings keyed by names (provinces), for finding keys
/// nobody knows, and for pointing an error at one item of a list.
struct AnyKey: CodingKey {
    let stringValue: String
    let intValue: Int?
    init(stringValue: String) {
        self.stringValue = stringValue
        intValue = nil
    }
    init(intValue: Int) {
        stringValue = "\(intValue)"
        self.intValue = intValue
    }
}

extension Decoder {
    /// Rejects keys `Keys` does not list: a misspelt threshold must not silently leave the default in force.
    func rejectUnknownKeys<Keys: CodingKey & CaseIterable>(_: Keys.Type) throws {
        let known = Set(Keys.allCases.map(\.stringValue))
        let container = try self.container(keyedBy: AnyKey.self)
        if let unknown = container.allKeys.first(where: { !known.contains($0.stringValue) }) {
            let expected = Keys.allCases.map(\.stringValue).joined(separator: "、")
            throw DecodingError.dataCorruptedError(forKey: unknown, in: container,
                                                   debugDescription: "不认识的键“\(unknown.stringValue)”，可用的键有：\(expected)")
        }
    }
}

/// A mistake in a rule as written, reported at the key it was read from.
struct RuleTextError: Error {
    let message: String
}

extension KeyedDecodingContainer {
    /// Reads the text at `key` and turns it into a value with `make`; a `RuleTextError` is placed at that key.
    func parse<T>(_ key: Key, with make: (String) throws(RuleTextError) -> T) throws -> T {
        let text = try decode(String.self, forKey: key)
        do {
            return try make(text)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: error.message)
        }
    }
}
