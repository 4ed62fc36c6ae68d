import Foundation

/// A category (类别) of a grading table, such as 固有危险性, grouping projects.
package struct GradingCategory: Sendable, Equatable, Identifiable {
    /// Stable id, such as "1".
    package var id: String
    /// The category name.
    package var name: String
    /// The projects, in table order.
    package var projects: [GradingProject]

    /// Creates a category.
    package init(id: String, name: String, projects: [GradingProject]) {
        self.id = id
        self.name = name
        self.projects = projects
    }
}
