import HazChemCore
import HazChemXLSX

/// Where things are on the 汇总 sheet (zero-based rows and columns).
enum MonthlySummaryLayout {
    /// Rows 0–1 title and period; rows 2–4 the three header rows; counties from row 5.
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
    /// The scope total column (the coverage denominator).
    static let scopeTotalColumn = 5
    /// The first figure column.
    static let firstMetricColumn = scopeTotalColumn + 1
    /// Every column.
    static let columnCount = firstMetricColumn + 2 * MonthlyMetric.allCases.count

    /// The column of a figure for the month, or cumulative (the column to its right).
    static func column(_ metric: MonthlyMetric, cumulative: Bool) -> Int {
        firstMetricColumn + 2 * MonthlyMetric.allCases.firstIndex(of: metric)! + (cumulative ? 1 : 0)
    }
}
