import CXlsxWriter

extension XlsxError {
    /// A libxlsxwriter error code (`lxw_error`), with a named constant for each one.
    ///
    ///     if error.code == .sheetNameAlreadyUsed { … }
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: Int

        public init(rawValue: Int) {
            self.rawValue = rawValue
        }

        init(_ error: lxw_error) {
            self.rawValue = Int(error.rawValue)
        }

        public var description: String { "\(rawValue)" }

        public static let memoryMallocFailed = Code(LXW_ERROR_MEMORY_MALLOC_FAILED)
        /// The output file could not be created; reported only by `Workbook.close()`.
        public static let creatingXlsxFile = Code(LXW_ERROR_CREATING_XLSX_FILE)
        public static let creatingTmpfile = Code(LXW_ERROR_CREATING_TMPFILE)
        public static let readingTmpfile = Code(LXW_ERROR_READING_TMPFILE)
        /// A zip error with errno set, for instance a full output disk.
        public static let zipFileOperation = Code(LXW_ERROR_ZIP_FILE_OPERATION)
        public static let zipParameterError = Code(LXW_ERROR_ZIP_PARAMETER_ERROR)
        public static let zipBadZipFile = Code(LXW_ERROR_ZIP_BAD_ZIP_FILE)
        public static let zipInternalError = Code(LXW_ERROR_ZIP_INTERNAL_ERROR)
        public static let zipFileAdd = Code(LXW_ERROR_ZIP_FILE_ADD)
        public static let zipClose = Code(LXW_ERROR_ZIP_CLOSE)
        public static let featureNotSupported = Code(LXW_ERROR_FEATURE_NOT_SUPPORTED)
        public static let nullParameterIgnored = Code(LXW_ERROR_NULL_PARAMETER_IGNORED)
        public static let parameterValidation = Code(LXW_ERROR_PARAMETER_VALIDATION)
        public static let sheetNameLengthExceeded = Code(LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED)
        public static let invalidSheetNameCharacter = Code(LXW_ERROR_INVALID_SHEETNAME_CHARACTER)
        public static let sheetNameStartEndApostrophe = Code(LXW_ERROR_SHEETNAME_START_END_APOSTROPHE)
        public static let sheetNameAlreadyUsed = Code(LXW_ERROR_SHEETNAME_ALREADY_USED)
        public static let stringLengthExceeded32 = Code(LXW_ERROR_32_STRING_LENGTH_EXCEEDED)
        public static let stringLengthExceeded128 = Code(LXW_ERROR_128_STRING_LENGTH_EXCEEDED)
        public static let stringLengthExceeded255 = Code(LXW_ERROR_255_STRING_LENGTH_EXCEEDED)
        public static let maxStringLengthExceeded = Code(LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
        public static let sharedStringIndexNotFound = Code(LXW_ERROR_SHARED_STRING_INDEX_NOT_FOUND)
        /// A row or column outside the sheet, or, in constant-memory mode, a row already written.
        public static let worksheetIndexOutOfRange = Code(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE)
        public static let worksheetMaxURLLengthExceeded = Code(LXW_ERROR_WORKSHEET_MAX_URL_LENGTH_EXCEEDED)
        public static let worksheetMaxNumberURLsExceeded = Code(LXW_ERROR_WORKSHEET_MAX_NUMBER_URLS_EXCEEDED)
        public static let imageDimensions = Code(LXW_ERROR_IMAGE_DIMENSIONS)
    }
}
