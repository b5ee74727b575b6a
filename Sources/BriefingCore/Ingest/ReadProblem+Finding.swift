extension ReadProblem {
    /// The finding a reading problem becomes: its code is stable, its message the reader's own.
    func finding(file: String) -> Finding {
        let code: FindingCode
        switch kind {
        case .emptyFile: code = .fileEmpty
        case .undecodable: code = .undecodable
        case .unterminatedQuote: code = .unterminatedQuote
        case .wrongCellCount: code = .cellCount
        case .recordTooLong: code = .recordTooLong
        case .invalidJSON: code = .invalidJSON
        case .unsupportedValue: code = .unsupportedValue
        case .readFailed: code = .fileUnreadable
        }
        return Finding(code, isWarning ? .warning : .error, file: file, line: line, column: column, message: message)
    }
}
