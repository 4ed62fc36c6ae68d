import Foundation

/// How serious a hidden hazard (隐患) is.
package enum HazardLevel: String, CaseIterable, Codable, Sendable {
    case general
    case major

    /// 一般隐患, 重大隐患.
    package var label: String {
        switch self {
        case .general: "一般隐患"
        case .major: "重大隐患"
        }
    }

    /// Accepts the code name, the label, 一般 or 重大.
    package init?(label text: String) {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard
            let value = HazardLevel(rawValue: t)
                ?? HazardLevel.allCases.first(where: { $0.label == t || String($0.label.prefix(2)) == t })
        else { return nil }
        self = value
    }
}

/// Where a hazard stands in its rectification.
package enum HazardStatus: String, CaseIterable, Codable, Sendable {
    case open
    case rectifying
    case rectified
    case verified

    /// 未整改, 整改中, 已整改, 已验收.
    package var label: String {
        switch self {
        case .open: "未整改"
        case .rectifying: "整改中"
        case .rectified: "已整改"
        case .verified: "已验收"
        }
    }

    /// Whether the hazard still needs work (overdue is judged on these against the deadline).
    package var isOutstanding: Bool { self == .open || self == .rectifying }
}
