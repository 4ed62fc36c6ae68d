import Foundation

/// The level of a major hazard installation by GB 18218-2018 表6; 一级 is the most severe.
package enum MajorHazardLevel: String, CaseIterable, Codable, Sendable, Comparable {
    case first
    case second
    case third
    case fourth

    /// 一级, 二级, 三级, 四级.
    package var label: String {
        switch self {
        case .first: "一级"
        case .second: "二级"
        case .third: "三级"
        case .fourth: "四级"
        }
    }

    /// The grading-table rule (应急〔2018〕19号 1.1.x) that an enterprise whose most severe
    /// installation has this level answers true: 一级 → "1.1.1" … 四级 → "1.1.4".
    package var gradingRuleID: String {
        switch self {
        case .first: "1.1.1"
        case .second: "1.1.2"
        case .third: "1.1.3"
        case .fourth: "1.1.4"
        }
    }

    /// The grading rule implied by an enterprise's highest level; nil when it has no major hazard installation.
    package static func gradingRuleID(forHighest level: MajorHazardLevel?) -> String? { level?.gradingRuleID }

    /// Pre-filled answers for the tiered grading rules 1.1.1–1.1.4: true for the highest level's rule,
    /// false for the others (all false when the enterprise has no major hazard installation).
    package static func gradingAnswers(forHighest level: MajorHazardLevel?) -> [String: Bool] {
        Dictionary(uniqueKeysWithValues: allCases.map { ($0.gradingRuleID, $0 == level) })
    }

    /// Accepts the code name, 一级/二级/三级/四级, 1/2/3/4 or 一/二/三/四.
    package init?(label text: String) {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let level = MajorHazardLevel(rawValue: t) {
            self = level
            return
        }
        let short = [
            "一": Self.first, "二": .second, "三": .third, "四": .fourth, "1": .first, "2": .second, "3": .third,
            "4": .fourth,
        ]
        if let level = Self.allCases.first(where: { $0.label == t }) ?? short[t] {
            self = level
        } else {
            return nil
        }
    }

    private var severity: Int {
        switch self {
        case .first: 0
        case .second: 1
        case .third: 2
        case .fourth: 3
        }
    }

    /// 一级 sorts first: a < b means a is the more severe level, so `min()` is the enterprise's highest level.
    package static func < (lhs: MajorHazardLevel, rhs: MajorHazardLevel) -> Bool { lhs.severity < rhs.severity }
}
