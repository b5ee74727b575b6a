import CXlsxWriter

/// A condition on a cell's number, for `Worksheet.highlightCells(in:where:format:)`.
public enum CellCondition: Hashable, Sendable {
    case lessThan(Double)
    case lessThanOrEqual(Double)
    case greaterThan(Double)
    case greaterThanOrEqual(Double)
    case equal(Double)
    case notEqual(Double)

    var value: Double {
        switch self {
        case .lessThan(let value), .lessThanOrEqual(let value), .greaterThan(let value),
            .greaterThanOrEqual(let value), .equal(let value), .notEqual(let value):
            value
        }
    }

    var lxwCriteria: UInt8 {
        let criteria: lxw_conditional_criteria =
            switch self {
            case .lessThan: LXW_CONDITIONAL_CRITERIA_LESS_THAN
            case .lessThanOrEqual: LXW_CONDITIONAL_CRITERIA_LESS_THAN_OR_EQUAL_TO
            case .greaterThan: LXW_CONDITIONAL_CRITERIA_GREATER_THAN
            case .greaterThanOrEqual: LXW_CONDITIONAL_CRITERIA_GREATER_THAN_OR_EQUAL_TO
            case .equal: LXW_CONDITIONAL_CRITERIA_EQUAL_TO
            case .notEqual: LXW_CONDITIONAL_CRITERIA_NOT_EQUAL_TO
            }
        return UInt8(criteria.rawValue)
    }
}
