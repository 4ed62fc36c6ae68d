import Foundation

/// The result of one spot check.
package enum SpotCheckResult: String, CaseIterable, Codable, Sendable {
    case passed
    case failed

    /// 合格, 不合格.
    package var label: String { self == .passed ? "合格" : "不合格" }

    /// Accepts the code name, the label, 通过 or 不通过.
    package init?(label text: String) {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch t {
        case "passed", "合格", "通过": self = .passed
        case "failed", "不合格", "不通过": self = .failed
        default: return nil
        }
    }
}
