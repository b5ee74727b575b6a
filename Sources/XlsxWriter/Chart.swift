import CXlsxWriter

/// A column or line chart whose data lives in worksheet ranges. A plain value: the C chart is
/// made only by `Worksheet.insertChart(_:row:column:width:height:)`, so no chart handle outlives
/// its workbook.
///
///     let chart = Chart(kind: .column, title: "各县驻村天数", series: [
///         Chart.Series(name: "天数", sheet: "汇总",
///                      categories: CellRange(rows: 1...7, columns: 0...0),
///                      values: CellRange(rows: 1...7, columns: 2...2)),
///     ])
public struct Chart: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case column, line
    }

    public enum Legend: Hashable, Sendable {
        case none, right, left, top, bottom
    }

    /// One line or set of columns: values from one row or column of a sheet.
    public struct Series: Hashable, Sendable {
        public var name: String?
        /// The sheet that holds both ranges.
        public var sheet: String
        /// The labels along the category axis, or `nil` for 1, 2, 3, …
        public var categories: CellRange?
        public var values: CellRange

        public init(name: String? = nil, sheet: String, categories: CellRange? = nil, values: CellRange) {
            self.name = name
            self.sheet = sheet
            self.categories = categories
            self.values = values
        }
    }

    public var kind: Kind
    public var title: String?
    /// The title of the category axis (horizontal for both kinds).
    public var xAxisTitle: String?
    /// The title of the value axis.
    public var yAxisTitle: String?
    public var legend: Legend
    public var series: [Series]

    public init(
        kind: Kind,
        title: String? = nil,
        xAxisTitle: String? = nil,
        yAxisTitle: String? = nil,
        legend: Legend = .right,
        series: [Series]
    ) {
        self.kind = kind
        self.title = title
        self.xAxisTitle = xAxisTitle
        self.yAxisTitle = yAxisTitle
        self.legend = legend
        self.series = series
    }
}

extension Chart {
    /// Checks everything libxlsxwriter would otherwise reject (or misread) only after the chart
    /// is already part of the workbook.
    func validate(sheetExists: (String) -> Bool, context: ErrorContext) throws {
        guard !series.isEmpty else {
            throw context.error(.parameterValidation, "the chart has no series")
        }
        // libxlsxwriter reads a title or name starting with "=" as a formula.
        for text in [title, xAxisTitle, yAxisTitle].compactMap({ $0 }) + series.compactMap(\.name) {
            try context.checkText(text, "the chart text '\(text)'")
            if text.hasPrefix("=") {
                throw context.error(
                    .parameterValidation,
                    "the chart text '\(text)' starts with '=', which libxlsxwriter reads as a formula")
            }
        }
        for series in series {
            guard sheetExists(series.sheet) else {
                throw context.error(
                    .parameterValidation, "the chart refers to a sheet '\(series.sheet)' that does not exist")
            }
            for range in [series.categories, series.values].compactMap({ $0 }) {
                guard range.isInSheet, range.rows.count == 1 || range.columns.count == 1 else {
                    throw context.error(
                        .parameterValidation,
                        "the series range \(range.reference) is not one row or one column of a sheet")
                }
            }
        }
    }

    /// Adds this chart to a C workbook. Call `validate` first.
    func make(in workbook: UnsafeMutablePointer<lxw_workbook>, context: ErrorContext) throws
        -> UnsafeMutablePointer<lxw_chart>
    {
        let type: lxw_chart_type =
            switch kind {
            case .column: LXW_CHART_COLUMN
            case .line: LXW_CHART_LINE
            }
        guard let chart = workbook_add_chart(workbook, UInt8(type.rawValue)) else {
            throw context.error(.memoryMallocFailed, "workbook_add_chart returned NULL")
        }
        for series in series {
            guard let cSeries = chart_add_series(chart, nil, nil) else {
                throw context.error(.memoryMallocFailed, "chart_add_series returned NULL")
            }
            if let categories = series.categories {
                chart_series_set_categories(
                    cSeries, series.sheet,
                    lxw_row_t(categories.rows.lowerBound), lxw_col_t(categories.columns.lowerBound),
                    lxw_row_t(categories.rows.upperBound), lxw_col_t(categories.columns.upperBound))
            }
            chart_series_set_values(
                cSeries, series.sheet,
                lxw_row_t(series.values.rows.lowerBound), lxw_col_t(series.values.columns.lowerBound),
                lxw_row_t(series.values.rows.upperBound), lxw_col_t(series.values.columns.upperBound))
            if let name = series.name {
                chart_series_set_name(cSeries, name)
            }
        }
        if let title {
            chart_title_set_name(chart, title)
        }
        if let xAxisTitle {
            chart_axis_set_name(chart_axis_get(chart, LXW_CHART_AXIS_TYPE_X), xAxisTitle)
        }
        if let yAxisTitle {
            chart_axis_set_name(chart_axis_get(chart, LXW_CHART_AXIS_TYPE_Y), yAxisTitle)
        }
        let position: lxw_chart_legend_position =
            switch legend {
            case .none: LXW_CHART_LEGEND_NONE
            case .right: LXW_CHART_LEGEND_RIGHT
            case .left: LXW_CHART_LEGEND_LEFT
            case .top: LXW_CHART_LEGEND_TOP
            case .bottom: LXW_CHART_LEGEND_BOTTOM
            }
        chart_legend_set_position(chart, UInt8(position.rawValue))
        return chart
    }
}
