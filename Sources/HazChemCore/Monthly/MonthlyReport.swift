import Foundation
import HazChemCore

/// The monthly county report and prefecture summary for month M (DOMAIN.md section 6).
///
/// One row per county (all configured counties, or the one asked for) and a total row; each row has the
/// month's figures and the cumulative figures to the end of M. Built by
/// ``AppDatabase/monthlyReport(for:county:asOf:)`` with SQL aggregates; the counting rules are in
/// `docs/monthly-report.md`.
package struct MonthlyReport: Sendable {
    /// The month reported on.
    package var period: MonthlyPeriod
    /// The day the county submissions are judged on (default today).
    package var asOf: LocalDate
    /// The county asked for, or nil for the whole prefecture.
    package var countyCode: String?
    /// The prefecture's code, when regions are configured.
    package var prefectureCode: String?
    /// The prefecture's name (兴安盟), when regions are configured.
    package var prefectureName: String?
    /// One row per county, in configuration order.
    package var counties: [MonthlyCountyRow]
    /// The 合计 row: the sum of ``counties``.
    package var total: MonthlyCountyRow
    /// Every enterprise with a counted assessment up to the end of M, by county then on-site end date.
    package var enterprises: [MonthlyEnterpriseLine]
    /// Each county's submission of its report for M, judged on ``asOf``.
    package var submissions: [MonthlySubmission]

    /// The counties that are late on ``asOf``: submitted after the due date, or not submitted past it.
    package var lateCounties: [MonthlySubmission] { submissions.filter(\.status.isLate) }

    /// `兴安盟危险化学品企业安全评估情况表（2019年6月）`, or with the county's name for a county report.
    package var title: String {
        let region = countyCode == nil ? (prefectureName ?? "") : (counties.first?.name ?? "")
        return "\(region)危险化学品企业安全评估情况表（\(period.label)）"
    }

    /// Creates the value from all its stored parts.
    package init(
        period: MonthlyPeriod,
        asOf: LocalDate,
        countyCode: String?,
        prefectureCode: String?,
        prefectureName: String?,
        counties: [MonthlyCountyRow],
        total: MonthlyCountyRow,
        enterprises: [MonthlyEnterpriseLine],
        submissions: [MonthlySubmission]
    ) {
        self.period = period
        self.asOf = asOf
        self.countyCode = countyCode
        self.prefectureCode = prefectureCode
        self.prefectureName = prefectureName
        self.counties = counties
        self.total = total
        self.enterprises = enterprises
        self.submissions = submissions
    }
}
