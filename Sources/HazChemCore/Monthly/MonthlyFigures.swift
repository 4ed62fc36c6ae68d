import Foundation
import HazChemCore

/// The figures of one county (or the total) for one period: the month itself, or cumulative to its end.
///
/// Every figure is a whole count; coverage and rectification rate are exact ``MonthlyRatio``s built from
/// them. The counting rules are in `docs/monthly-report.md`.
package struct MonthlyFigures: Hashable, Sendable {
    /// Enterprises in scope (the coverage denominator; the same for the month and cumulative).
    package var inScope = 0
    /// Enterprises whose counted assessment ended on site in the period (已评估).
    package var assessed = 0
    /// Counted assessments graded red (红色).
    package var red = 0
    /// Of the red ones, those red because of a direct-red condition (直接判红).
    package var directRed = 0
    /// Graded orange (橙色).
    package var orange = 0
    /// Graded yellow (黄色).
    package var yellow = 0
    /// Graded blue (蓝色).
    package var blue = 0
    /// Disposition 停产整改或关闭淘汰 decided by the end of the month.
    package var closeOrSuspend = 0
    /// Of those, 停产整改.
    package var suspendAndRectify = 0
    /// Of those, 关闭淘汰.
    package var close = 0
    /// Disposition 整改提升.
    package var rectify = 0
    /// Disposition 巩固强化.
    package var consolidate = 0
    /// 一般隐患 found by the counted assessments.
    package var generalHazards = 0
    /// 重大隐患 found by the counted assessments.
    package var majorHazards = 0
    /// Hazards rectified or verified by the end of the month.
    package var rectifiedHazards = 0
    /// Hazards still outstanding at the end of the month with their deadline passed (逾期未整改).
    package var overdueHazards = 0
    /// Reports (评估报告) more than 10 days late at the end of the month, submitted late or still missing.
    package var overdueReports = 0
    /// 专家人次: leaders and members of the counted assessments' panels.
    package var expertPersonTimes = 0
    /// 监管人员人次: regulators on the counted assessments' panels.
    package var regulatorPersonTimes = 0
    /// Staff whose knowledge was spot-checked (应知应会抽查人数).
    package var staffSpotChecked = 0
    /// Of those, passed (合格人数).
    package var staffPassed = 0

    /// Creates figures, all zero.
    package init() {}

    /// 一般隐患 + 重大隐患.
    package var hazards: Int { generalHazards + majorHazards }

    /// Assessed enterprises over enterprises in scope (覆盖率).
    package var coverage: MonthlyRatio { MonthlyRatio(assessed, of: inScope) }

    /// Rectified hazards over hazards found (整改率).
    package var rectificationRate: MonthlyRatio { MonthlyRatio(rectifiedHazards, of: hazards) }

    /// The count of a grade.
    package subscript(grade grade: Grade) -> Int {
        switch grade {
        case .red: red
        case .orange: orange
        case .yellow: yellow
        case .blue: blue
        }
    }

    /// Field-by-field sums, for the total row and for month + earlier months.
    package static func + (lhs: MonthlyFigures, rhs: MonthlyFigures) -> MonthlyFigures {
        var sum = MonthlyFigures()
        for path in countPaths { sum[keyPath: path] = lhs[keyPath: path] + rhs[keyPath: path] }
        return sum
    }

    /// Every stored count, in declaration order.
    static var countPaths: [WritableKeyPath<MonthlyFigures, Int>] {
        [
            \.inScope, \.assessed, \.red, \.directRed, \.orange, \.yellow, \.blue, \.closeOrSuspend,
            \.suspendAndRectify,
            \.close, \.rectify, \.consolidate, \.generalHazards, \.majorHazards, \.rectifiedHazards, \.overdueHazards,
            \.overdueReports, \.expertPersonTimes, \.regulatorPersonTimes, \.staffSpotChecked, \.staffPassed,
        ]
    }
}
