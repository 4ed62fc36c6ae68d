import Foundation

/// An expert's answer to one checklist item.
package enum ChecklistResponse: String, CaseIterable, Codable, Sendable {
    case conforming
    case nonConforming
    case notApplicable
    case notChecked

    /// 符合, 不符合, 不适用, 未查.
    package var label: String {
        switch self {
        case .conforming: "符合"
        case .nonConforming: "不符合"
        case .notApplicable: "不适用"
        case .notChecked: "未查"
        }
    }

    /// Accepts the code name or the Chinese word; an empty cell is `notChecked`.
    package init?(label text: String) {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if t.isEmpty {
            self = .notChecked
            return
        }
        guard let value = ChecklistResponse(rawValue: t) ?? ChecklistResponse.allCases.first(where: { $0.label == t })
        else { return nil }
        self = value
    }
}
