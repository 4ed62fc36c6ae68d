import HazChemCore
import HazChemStore

/// The monthly report as aligned Chinese tables for the terminal: one row per county and 合计.
enum MonthlyReportText {
    /// The figure tables after the progress table: their titles and the metric groups they show.
    static let tables: [(title: String, groups: [String])] = [
        ("风险分级与分类处置", ["风险分级", "分类处置"]),
        ("隐患排查治理与评估报告", ["隐患排查治理", "评估报告"]),
        ("专家与人员", ["人员"]),
    ]

    /// Renders the title, the progress table, the figure tables (cells `本月/累计`) and the submissions.
    static func render(_ report: MonthlyReport) -> String {
        let rows = report.counties + [report.total]
        let period = report.period
        var out = [
            report.title,
            "统计期：\(period.firstDay) 至 \(period.lastDay)（累计截至 \(period.lastDay)）；"
                + "月报报送截止 \(period.dueDate)；报送情况截至 \(report.asOf)",
            "",
            "已报送的旗县市显示报送时锁定的数据；未报送或被退回的显示当前实时数据。",
            "",
            "一、评估进度（“本月/累计”）",
        ]
        let progress: [[String]] =
            [["旗县市", "数据状态", "生产", "储存", "经营(带储存)", "经营(不带储存)", "在评企业", "已评估企业", "覆盖率"]]
            + rows.map { row in
                [
                    row.name, row.figuresLabel, String(row.scope.production), String(row.scope.storage),
                    String(row.scope.tradingWithStorage), String(row.scope.tradingWithoutStorage),
                    String(row.scope.total), pair(.assessed, row), pair(.coverage, row),
                ]
            }
        out.append(TextTable.render(progress))
        let numbers = ["二", "三", "四"]
        for (index, table) in tables.enumerated() {
            let metrics = MonthlyMetric.allCases.filter { table.groups.contains($0.group) }
            out += ["", "\(numbers[index])、\(table.title)（“本月/累计”）"]
            out.append(
                TextTable.render(
                    [["旗县市"] + metrics.map(\.label)] + rows.map { row in [row.name] + metrics.map { pair($0, row) } }))
        }
        out += ["", "五、报送情况（截至 \(report.asOf)）"]
        out.append(
            TextTable.render(
                [["旗县市", "报送截止", "报送日期", "状态"]]
                    + report.submissions.map {
                        [$0.countyName, $0.dueDate.description, $0.submittedLabel ?? "—", $0.status.label]
                    }))
        let late = report.lateCounties.map { "\($0.countyName)（\($0.status.label)）" }
        out.append(late.isEmpty ? "无逾期旗县市" : "逾期旗县市：" + late.joined(separator: "、"))
        return out.joined(separator: "\n")
    }

    /// `本月/累计` of one figure.
    private static func pair(_ metric: MonthlyMetric, _ row: MonthlyCountyRow) -> String {
        "\(metric.text(in: row.month))/\(metric.text(in: row.cumulative))"
    }
}
