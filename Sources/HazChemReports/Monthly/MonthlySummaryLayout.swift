import HazChemCore
import HazChemXLSX

/// One printed part of the county summary: the figure groups the text report shows together, split so that no
/// part has more than 16 columns (zero-based rows and columns on its own sheet).
struct MonthlySummaryLayout: Sendable {
    /// The sheet name.
    let sheetName: String
    /// `一、评估进度`: the part's heading under the report title.
    let heading: String
    /// The figures, in report order.
    let metrics: [MonthlyMetric]
    /// Whether the part starts with the enterprises in scope by kind (and ends with 数据状态).
    let showsScope: Bool

    /// The five parts: progress (with scope), grades, dispositions, hazards with reports, people.
    static let parts: [MonthlySummaryLayout] = [
        part("进度汇总", "一、评估进度", groups: ["评估进度"], showsScope: true),
        part("分级汇总", "二、风险分级", groups: ["风险分级"]),
        part("处置汇总", "三、分类处置", groups: ["分类处置"]),
        part("隐患汇总", "四、隐患排查治理与评估报告", groups: ["隐患排查治理", "评估报告"]),
        part("人员汇总", "五、专家与人员", groups: ["人员"]),
    ]

    private static func part(_ name: String, _ heading: String, groups: [String], showsScope: Bool = false)
        -> MonthlySummaryLayout
    {
        MonthlySummaryLayout(
            sheetName: name, heading: heading, metrics: MonthlyMetric.allCases.filter { groups.contains($0.group) },
            showsScope: showsScope)
    }

    /// The part holding `metric`.
    static func part(of metric: MonthlyMetric) -> MonthlySummaryLayout {
        parts.first { $0.metrics.contains(metric) }!
    }

    /// Rows 0–1 title and heading; rows 2–4 the three header rows; counties from row 5.
    static let headerRows = 2...4
    /// The first county row.
    static let firstDataRow = 5
    /// The scope columns after the county name, with their headings.
    static var scopeColumns: [(label: String, value: KeyPath<MonthlyScope, Int>)] {
        [
            (EnterpriseKind.production.label, \.production), (EnterpriseKind.storage.label, \.storage),
            (EnterpriseKind.tradingWithStorage.label, \.tradingWithStorage),
            (EnterpriseKind.tradingWithoutStorage.label, \.tradingWithoutStorage), ("合计", \.total),
        ]
    }
    /// The scope total column (the coverage denominator), on the part that shows scope.
    static let scopeTotalColumn = 5
    /// The first figure column.
    var firstMetricColumn: Int { showsScope ? Self.scopeTotalColumn + 1 : 1 }
    /// The 数据状态 column, on the part that shows scope.
    var statusColumn: Int? { showsScope ? firstMetricColumn + 2 * metrics.count : nil }
    /// Every column.
    var columnCount: Int { firstMetricColumn + 2 * metrics.count + (showsScope ? 1 : 0) }

    /// The column of a figure of this part for the month, or cumulative (the column to its right).
    func column(_ metric: MonthlyMetric, cumulative: Bool) -> Int {
        firstMetricColumn + 2 * metrics.firstIndex(of: metric)! + (cumulative ? 1 : 0)
    }
}
