import Foundation

/// A project (项目) of a grading table: rules whose deductions together stop at the cap.
package struct GradingProject: Sendable, Equatable, Identifiable {
    /// Stable id, such as "1.2".
    package var id: String
    /// 物质危险性, 人员资质…
    package var name: String
    /// The most the project's deductions can take off; nil for no cap. Bonuses are never capped.
    package var cap: Tenths?
    /// The rules, in table order.
    package var rules: [GradingRule]

    /// Creates a project.
    package init(id: String, name: String, cap: Tenths?, rules: [GradingRule]) {
        self.id = id
        self.name = name
        self.cap = cap
        self.rules = rules
    }
}
