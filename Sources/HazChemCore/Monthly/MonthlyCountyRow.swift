import Foundation
import HazChemCore

/// One row of the monthly report: a county, or the 合计 row of all counties shown.
package struct MonthlyCountyRow: Hashable, Sendable {
    /// The county's GB/T 2260 code; the prefecture's code on the total row.
    package var code: String
    /// The county's name; 合计 on the total row.
    package var name: String
    /// Enterprises in scope by kind.
    package var scope: MonthlyScope
    /// The figures of assessments counted in the month.
    package var month: MonthlyFigures
    /// The figures of assessments counted up to the end of the month.
    package var cumulative: MonthlyFigures
    /// Where the county's report stands in the prefecture's review (the total row: not used).
    package var review: MonthlyReview.State = .notSubmitted
    /// Whether these are the figures the county submitted (locked), rather than figures computed now (live).
    /// On the total row: whether every county row is locked.
    package var isLocked = false
    /// Whether this is the 合计 row.
    package var isTotal = false

    /// Creates a row.
    package init(code: String, name: String, scope: MonthlyScope, month: MonthlyFigures, cumulative: MonthlyFigures) {
        self.code = code
        self.name = name
        self.scope = scope
        self.month = month
        self.cumulative = cumulative
    }

    /// `已报送（锁定数据）`, `未报送（实时数据）`, `已退回（实时数据）` …; on the total row `锁定数据` or `含实时数据`.
    package var figuresLabel: String {
        if isTotal { return isLocked ? "锁定数据" : "含实时数据" }
        return "\(review.shortLabel)（\(isLocked ? "锁定数据" : "实时数据")）"
    }

    /// The label of the total row.
    package static let totalName = "合计"

    /// The sum of `rows`, named 合计 with the given code.
    package static func total(of rows: [MonthlyCountyRow], code: String) -> MonthlyCountyRow {
        var total = rows.reduce(
            MonthlyCountyRow(code: code, name: totalName, scope: MonthlyScope(), month: .init(), cumulative: .init())
        ) {
            MonthlyCountyRow(
                code: code, name: totalName, scope: $0.scope + $1.scope, month: $0.month + $1.month,
                cumulative: $0.cumulative + $1.cumulative)
        }
        total.isTotal = true
        total.isLocked = !rows.isEmpty && rows.allSatisfy(\.isLocked)
        return total
    }
}
