import CXlsxWriter

/// A native Excel chart whose series read worksheet ranges; place it with `Worksheet.insert(_:at:)`.
package final class Chart {
    /// The chart types HazChem reports use.
    package enum Kind: Sendable {
        /// Horizontal bars, one bar per series and category.
        case bar
        /// Horizontal bars with the series stacked (e.g. grades per county).
        case stackedBar
        /// Vertical columns.
        case column
        /// Vertical columns with the series stacked.
        case stackedColumn
        /// A pie of one series.
        case pie
        /// Lines.
        case line

        var libraryType: UInt8 {
            let type: lxw_chart_type =
                switch self {
                case .bar: LXW_CHART_BAR
                case .stackedBar: LXW_CHART_BAR_STACKED
                case .column: LXW_CHART_COLUMN
                case .stackedColumn: LXW_CHART_COLUMN_STACKED
                case .pie: LXW_CHART_PIE
                case .line: LXW_CHART_LINE
                }
            return UInt8(type.rawValue)
        }
    }

    /// Where the legend goes.
    package enum LegendPosition: Sendable {
        case none, right, bottom, top
    }

    /// The chart type.
    package let kind: Kind
    /// The library chart, owned by the workbook.
    let handle: UnsafeMutablePointer<lxw_chart>
    /// The workbook it belongs to.
    let workbook: Workbook

    init(kind: Kind, handle: UnsafeMutablePointer<lxw_chart>, workbook: Workbook) {
        self.kind = kind
        self.handle = handle
        self.workbook = workbook
    }

    /// Adds a series: category labels and values from ranges of `sheet` (one row or one column each),
    /// optionally named and filled with one colour, or for a pie one colour per point.
    package func addSeries(
        name: String? = nil, categories: CellRange, values: CellRange, in sheet: Worksheet, fill: RGBColor? = nil,
        pointFills: [RGBColor] = []
    ) throws {
        guard sheet.workbook === workbook else {
            throw XLSXError(.invalidArgument("图表数据所在工作表属于另一个工作簿"), file: workbook.path, sheet: sheet.name)
        }
        for range in [categories, values] where !range.isValid {
            throw XLSXError(.cellOutOfRange, file: workbook.path, sheet: sheet.name, cell: range.description)
        }
        _ = try workbook.openHandle()
        guard let series = chart_add_series(handle, nil, nil) else {
            throw sheet.failure(LXW_ERROR_MEMORY_MALLOC_FAILED, cell: values.description)
        }
        sheet.name.withCString { sheetName in
            chart_series_set_categories(
                series, sheetName, lxw_row_t(categories.first.row), lxw_col_t(categories.first.column),
                lxw_row_t(categories.last.row), lxw_col_t(categories.last.column))
            chart_series_set_values(
                series, sheetName, lxw_row_t(values.first.row), lxw_col_t(values.first.column),
                lxw_row_t(values.last.row), lxw_col_t(values.last.column))
        }
        if let name { chart_series_set_name(series, name) }
        if let fill {
            var libraryFill = lxw_chart_fill(color: fill.libraryColor, none: 0, transparency: 0)
            chart_series_set_fill(series, &libraryFill)
        }
        if !pointFills.isEmpty {
            var fills = pointFills.map { lxw_chart_fill(color: $0.libraryColor, none: 0, transparency: 0) }
            let result = fills.withUnsafeMutableBufferPointer { fillBuffer in
                var points = fillBuffer.indices.map {
                    lxw_chart_point(line: nil, fill: fillBuffer.baseAddress! + $0, pattern: nil)
                }
                return points.withUnsafeMutableBufferPointer { pointBuffer in
                    var list: [UnsafeMutablePointer<lxw_chart_point>?] =
                        pointBuffer.indices.map { pointBuffer.baseAddress! + $0 } + [nil]
                    return list.withUnsafeMutableBufferPointer { chart_series_set_points(series, $0.baseAddress) }
                }
            }
            try sheet.check(result, cell: values.description)
        }
    }

    /// Sets the chart title.
    package func setTitle(_ title: String) { chart_title_set_name(handle, title) }

    /// Whether libxlsxwriter's X and Y axes are swapped: in bar charts its X axis is the horizontal value axis.
    private var swapsAxes: Bool { kind == .bar || kind == .stackedBar }
    /// The library axis showing categories (the vertical one in bar charts).
    private var categoryAxis: UnsafeMutablePointer<lxw_chart_axis>? {
        chart_axis_get(handle, swapsAxes ? LXW_CHART_AXIS_TYPE_Y : LXW_CHART_AXIS_TYPE_X)
    }
    /// The library axis showing values (the horizontal one in bar charts).
    private var valueAxis: UnsafeMutablePointer<lxw_chart_axis>? {
        chart_axis_get(handle, swapsAxes ? LXW_CHART_AXIS_TYPE_X : LXW_CHART_AXIS_TYPE_Y)
    }

    /// Names the category axis (the vertical one for bar charts).
    package func setCategoryAxisName(_ name: String) { chart_axis_set_name(categoryAxis, name) }

    /// Names the value axis (the horizontal one for bar charts).
    package func setValueAxisName(_ name: String) { chart_axis_set_name(valueAxis, name) }

    /// Counts on the value axis: from 0, ticks every `majorUnit` (a whole number), labels without decimals.
    package func setValueAxisWholeNumbers(majorUnit: Int) {
        chart_axis_set_min(valueAxis, 0)
        chart_axis_set_major_unit(valueAxis, Double(max(1, majorUnit)))
        chart_axis_set_num_format(valueAxis, "0")
    }

    /// Moves or hides the legend.
    package func setLegend(_ position: LegendPosition) {
        let value: lxw_chart_legend_position =
            switch position {
            case .none: LXW_CHART_LEGEND_NONE
            case .right: LXW_CHART_LEGEND_RIGHT
            case .bottom: LXW_CHART_LEGEND_BOTTOM
            case .top: LXW_CHART_LEGEND_TOP
            }
        chart_legend_set_position(handle, UInt8(value.rawValue))
    }
}

extension Workbook {
    /// Adds a chart; give it series, then insert it into a worksheet.
    package func addChart(_ kind: Chart.Kind) throws -> Chart {
        let workbook = try openHandle()
        guard let chart = workbook_add_chart(workbook, kind.libraryType) else {
            throw XLSXError.library(LXW_ERROR_MEMORY_MALLOC_FAILED, sheet: nil, cell: nil).in(file: path)
        }
        return Chart(kind: kind, handle: chart, workbook: self)
    }
}
