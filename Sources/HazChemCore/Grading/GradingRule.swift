import Foundation

/// One scoring rule of a grading table: a deduction or a bonus, for a yes/no fact or per counted item.
package struct GradingRule: Sendable, Equatable, Identifiable {
    /// Whether the rule takes points off or adds them.
    package enum Effect: String, Sendable, Equatable, Codable, CaseIterable {
        /// Subtracted from the score, subject to the project's cap.
        case deduction
        /// Added to the score, never clipped by a cap.
        case bonus

        /// 扣分, 加分.
        package var label: String { self == .deduction ? "扣分" : "加分" }
    }

    /// How the rule's answer is given.
    package enum Per: String, Sendable, Equatable, Codable, CaseIterable {
        /// A yes/no answer; the value applies once.
        case fixed
        /// A whole count; the value applies per item (person, place, kind…).
        case item

        /// 是/否, 按项计.
        package var label: String { self == .fixed ? "是/否" : "按项计" }
    }

    /// Stable rule id, such as "1.2.3".
    package var id: String
    /// What the rule says, in Chinese.
    package var text: String
    /// Deduction or bonus.
    package var effect: Effect
    /// Positive magnitude of one application.
    package var value: Tenths
    /// Fixed (yes/no) or per item (count).
    package var per: Per
    /// The largest count allowed, only for per-item rules.
    package var maxCount: Int?
    /// Rules sharing a tier: only the most severe one answered applies.
    package var tier: String?
    /// Rules sharing an exclusive group: at most one may be answered true.
    package var exclusive: String?
    /// Ids of rules that cannot be true together with this one (e.g. "no accident in 5 years" and an accident).
    package var conflictsWith: [String]
    /// The clause the rule rests on.
    package var basis: String?

    /// Creates a rule.
    package init(
        id: String, text: String, effect: Effect, value: Tenths, per: Per = .fixed, maxCount: Int? = nil,
        tier: String? = nil, exclusive: String? = nil, conflictsWith: [String] = [], basis: String? = nil
    ) {
        self.id = id
        self.text = text
        self.effect = effect
        self.value = value
        self.per = per
        self.maxCount = maxCount
        self.tier = tier
        self.exclusive = exclusive
        self.conflictsWith = conflictsWith
        self.basis = basis
    }

    /// The largest count a per-item rule without `max_count` accepts: no enterprise has more than a thousand
    /// persons, places or kinds to count on one rule, and the bound keeps every score far inside `Int`.
    package static let plausibleMaximumCount = 1000

    /// The largest count accepted: `max_count`, else ``plausibleMaximumCount``.
    package var countLimit: Int { maxCount ?? Self.plausibleMaximumCount }

    /// Why `count` is not accepted for this per-item rule (below 0 or above ``countLimit``), or nil.
    package func countProblem(_ count: Int) -> String? {
        if count < 0 { return "规则 \(id) 的答案应为非负整数（项数或人数），实际为 \(count)" }
        if let maxCount, count > maxCount { return "规则 \(id) 最多计\(maxCount)项（人），实际为 \(count)" }
        if count > countLimit {
            return "规则 \(id) 的项数 \(count) 不合理：未设项数上限的规则最多计\(countLimit)项（人）"
        }
        return nil
    }

    /// "−2/种" style amount text: "扣2分", "每项扣0.1分", "每项加2分（最多3项）".
    package var amountLabel: String {
        let verb = effect == .deduction ? "扣" : "加"
        switch per {
        case .fixed: return "\(verb)\(value)分"
        case .item:
            let limit = maxCount.map { "（最多\($0)项）" } ?? ""
            return "每项\(verb)\(value)分\(limit)"
        }
    }
}
