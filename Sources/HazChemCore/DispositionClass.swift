import Foundation

/// The control class a bureau puts an assessed enterprise in (分类处置), DOMAIN.md section 5.
package enum DispositionClass: String, CaseIterable, Codable, Sendable {
    case closeOrSuspend
    case rectify
    case consolidate

    /// 停产整改或关闭淘汰, 整改提升, 巩固强化.
    package var label: String {
        switch self {
        case .closeOrSuspend: "停产整改或关闭淘汰"
        case .rectify: "整改提升"
        case .consolidate: "巩固强化"
        }
    }

    /// Accepts the code name or the Chinese label.
    package init?(label text: String) {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let value = DispositionClass(rawValue: t) ?? DispositionClass.allCases.first(where: { $0.label == t })
        else { return nil }
        self = value
    }
}

/// The action a bureau takes for an enterprise in the closeOrSuspend class.
package enum ClosureAction: String, CaseIterable, Codable, Sendable {
    case suspendAndRectify
    case close

    /// 停产整改, 关闭淘汰.
    package var label: String {
        switch self {
        case .suspendAndRectify: "停产整改"
        case .close: "关闭淘汰"
        }
    }

    /// Accepts the code name or the Chinese label.
    package init?(label text: String) {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let value = ClosureAction(rawValue: t) ?? ClosureAction.allCases.first(where: { $0.label == t })
        else { return nil }
        self = value
    }
}
