import Foundation
import HazChemCore

/// One figure of the monthly report as shown in tables and workbooks, in report column order, with its
/// Chinese label and group.
package enum MonthlyMetric: CaseIterable, Sendable {
    case assessed, coverage
    case red, directRed, orange, yellow, blue
    case closeOrSuspend, suspendAndRectify, close, rectify, consolidate
    case generalHazards, majorHazards, rectifiedHazards, rectificationRate, overdueHazards
    case overdueReports
    case expertPersonTimes, regulatorPersonTimes, staffSpotChecked, staffPassed

    /// A figure's value: a count, or a ratio shown as a percentage.
    package enum Value: Hashable, Sendable {
        case count(Int)
        case ratio(MonthlyRatio)
    }

    /// The column heading.
    package var label: String {
        switch self {
        case .assessed: "已评估企业"
        case .coverage: "覆盖率"
        case .red: "红色"
        case .directRed: "其中直接判红"
        case .orange: "橙色"
        case .yellow: "黄色"
        case .blue: "蓝色"
        case .closeOrSuspend: "停产整改或关闭淘汰"
        case .suspendAndRectify: "其中停产整改"
        case .close: "其中关闭淘汰"
        case .rectify: "整改提升"
        case .consolidate: "巩固强化"
        case .generalHazards: "一般隐患"
        case .majorHazards: "重大隐患"
        case .rectifiedHazards: "已整改隐患"
        case .rectificationRate: "整改率"
        case .overdueHazards: "逾期未整改隐患"
        case .overdueReports: "报告逾期（超10日）"
        case .expertPersonTimes: "专家人次"
        case .regulatorPersonTimes: "监管人员人次"
        case .staffSpotChecked: "应知应会抽查人数"
        case .staffPassed: "抽查合格人数"
        }
    }

    /// The heading of the group of columns the figure belongs to.
    package var group: String {
        switch self {
        case .assessed, .coverage: "评估进度"
        case .red, .directRed, .orange, .yellow, .blue: "风险分级"
        case .closeOrSuspend, .suspendAndRectify, .close, .rectify, .consolidate: "分类处置"
        case .generalHazards, .majorHazards, .rectifiedHazards, .rectificationRate, .overdueHazards: "隐患排查治理"
        case .overdueReports: "评估报告"
        case .expertPersonTimes, .regulatorPersonTimes, .staffSpotChecked, .staffPassed: "人员"
        }
    }

    /// The figure's value in `figures`.
    package func value(in figures: MonthlyFigures) -> Value {
        switch self {
        case .coverage: .ratio(figures.coverage)
        case .rectificationRate: .ratio(figures.rectificationRate)
        default: .count(figures[keyPath: countPath!])
        }
    }

    /// Where a count is stored; nil for the two ratios.
    package var countPath: KeyPath<MonthlyFigures, Int>? {
        switch self {
        case .assessed: \.assessed
        case .coverage: nil
        case .red: \.red
        case .directRed: \.directRed
        case .orange: \.orange
        case .yellow: \.yellow
        case .blue: \.blue
        case .closeOrSuspend: \.closeOrSuspend
        case .suspendAndRectify: \.suspendAndRectify
        case .close: \.close
        case .rectify: \.rectify
        case .consolidate: \.consolidate
        case .generalHazards: \.generalHazards
        case .majorHazards: \.majorHazards
        case .rectifiedHazards: \.rectifiedHazards
        case .rectificationRate: nil
        case .overdueHazards: \.overdueHazards
        case .overdueReports: \.overdueReports
        case .expertPersonTimes: \.expertPersonTimes
        case .regulatorPersonTimes: \.regulatorPersonTimes
        case .staffSpotChecked: \.staffSpotChecked
        case .staffPassed: \.staffPassed
        }
    }

    /// `12`, or `33.3%` for a ratio (`—` when undefined).
    package func text(in figures: MonthlyFigures) -> String {
        switch value(in: figures) {
        case .count(let count): String(count)
        case .ratio(let ratio): ratio.percentText
        }
    }
}
