import Foundation
import HazChemCore
import HazChemStore

/// The dashboard's view model, built from ``HazChemStore/DashboardFigures``.
struct DashboardView {
    /// A headline number.
    struct Card {
        var label: String
        var value: String
        var note: String
        var warn: Bool
    }

    /// One county row of the table (or the totals row).
    struct CountyRow {
        var name: String
        var enterprises: Int
        var kinds: [Int]
        var statuses: [Int]
        var due: Int
        var assessed: Int
        var coverage: String
        var grades: [Int]
        var openMajor: Int
        var overdue: Int
        var majorWarn: Bool
        var overdueWarn: Bool
    }

    /// A hazard needing attention.
    struct Alert {
        var enterpriseID: Int64
        var enterprise: String
        var county: String
        var description: String
        var level: String
        var status: String
        var deadline: String
        var major: Bool
        var overdue: Bool
    }

    var today: String
    var cards: [Card]
    var kindLabels: [String]
    var statusLabels: [String]
    var gradeLabels: [String]
    var rows: [CountyRow]
    var totals: CountyRow
    var chart: GradeChart
    var alerts: [Alert]
    var hasAlerts: Bool
    var todo: TodoView

    init(_ figures: DashboardFigures, todo: TodoView) {
        self.todo = todo
        let totals = figures.totals
        today = figures.today.description
        cards = [
            Card(
                label: "企业总数", value: "\(totals.enterprises)", note: "其中关闭 \(totals.byStatus[.closed] ?? 0) 家",
                warn: false),
            Card(
                label: "已评估 / 应评估", value: "\(totals.assessed) / \(totals.due)",
                note: "覆盖率 " + Self.percent(totals.coverage), warn: false),
            Card(
                label: "未整改重大隐患", value: "\(totals.openMajorHazards)", note: "未整改或整改中",
                warn: totals.openMajorHazards > 0),
            Card(label: "逾期未整改隐患", value: "\(totals.overdueHazards)", note: "超过整改期限", warn: totals.overdueHazards > 0),
            Card(
                label: "逾期未提交报告", value: "\(figures.overdueReports)", note: "另有逾期提交 \(figures.lateReports) 份",
                warn: figures.overdueReports > 0),
            Card(
                label: "逾期未评估企业", value: "\(totals.overdueAssessments)", note: "距上次评估已超过评估周期",
                warn: totals.overdueAssessments > 0),
        ]
        kindLabels = EnterpriseKind.allCases.map(\.label)
        statusLabels = OperatingStatus.allCases.map(\.label)
        gradeLabels = Grade.allCases.map(\.label)
        rows = figures.counties.map(Self.row)
        self.totals = Self.row(totals)
        chart = GradeChart(counties: figures.counties)
        alerts = figures.alerts.map {
            Alert(
                enterpriseID: $0.enterpriseID, enterprise: $0.enterpriseName, county: $0.countyName,
                description: $0.description, level: $0.level.label, status: $0.status.label,
                deadline: $0.deadline?.description ?? "未定", major: $0.level == .major, overdue: $0.overdue)
        }
        hasAlerts = !alerts.isEmpty
    }

    static func row(_ county: DashboardFigures.CountyFigures) -> CountyRow {
        CountyRow(
            name: county.countyName, enterprises: county.enterprises,
            kinds: EnterpriseKind.allCases.map { county.byKind[$0] ?? 0 },
            statuses: OperatingStatus.allCases.map { county.byStatus[$0] ?? 0 }, due: county.due,
            assessed: county.assessed, coverage: percent(county.coverage),
            grades: Grade.allCases.map { county.grades[$0] ?? 0 },
            openMajor: county.openMajorHazards, overdue: county.overdueHazards,
            majorWarn: county.openMajorHazards > 0, overdueWarn: county.overdueHazards > 0)
    }

    /// `87.5%`, or `—` when nothing is due.
    static func percent(_ value: Tenths?) -> String { value.map { "\($0)%" } ?? "—" }
}
