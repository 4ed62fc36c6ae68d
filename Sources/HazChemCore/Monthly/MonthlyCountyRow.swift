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

    /// Creates a row.
    package init(code: String, name: String, scope: MonthlyScope, month: MonthlyFigures, cumulative: MonthlyFigures) {
        self.code = code
        self.name = name
        self.scope = scope
        self.month = month
        self.cumulative = cumulative
    }

    /// The label of the total row.
    package static let totalName = "合计"

    /// The sum of `rows`, named 合计 with the given code.
    package static func total(of rows: [MonthlyCountyRow], code: String) -> MonthlyCountyRow {
        rows.reduce(
            MonthlyCountyRow(code: code, name: totalName, scope: MonthlyScope(), month: .init(), cumulative: .init())
        ) {
            MonthlyCountyRow(
                code: code, name: totalName, scope: $0.scope + $1.scope, month: $0.month + $1.month,
                cumulative: $0.cumulative + $1.cumulative)
        }
    }
}
