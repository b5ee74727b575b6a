/// The form in which names written by people are compared: headers, county names, aliases.
/// `工作隊編號`, ` 工作队编号 ` and `工作队编号` share a key, as do `（万元）` and `(万元)`, `Team_ID` and `team_id`.
public enum NameKey {
    public static func of(_ name: String) -> String {
        // Ids and periods in data cells, checked against headers on every row, are plain ASCII.
        if name.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) {
            return name
        }
        return CellText.normalized(name).filter { !$0.isWhitespace }.lowercased()
    }
}
