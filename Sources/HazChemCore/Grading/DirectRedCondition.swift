import Foundation

/// A condition that makes the grade red whatever the score (直接判定为红色).
package struct DirectRedCondition: Sendable, Equatable, Identifiable, Codable {
    /// Stable id, such as "R2".
    package var id: String
    /// The condition, in Chinese.
    package var text: String
    /// The document it comes from.
    package var basis: String?

    /// Creates a condition.
    package init(id: String, text: String, basis: String? = nil) {
        self.id = id
        self.text = text
        self.basis = basis
    }
}
