import Foundation

/// A group of checklist items on one topic, checked by experts of one specialty.
package struct ChecklistSection: Sendable, Equatable, Codable {
    /// Unique in the checklist, such as `A`.
    package var id: String
    /// The topic, such as 安全管理机构与人员.
    package var title: String
    /// The specialty whose experts check this section.
    package var specialty: Specialty
    /// The items, in file order.
    package var items: [ChecklistItem]

    /// Creates a section.
    package init(id: String, title: String, specialty: Specialty, items: [ChecklistItem]) {
        self.id = id
        self.title = title
        self.specialty = specialty
        self.items = items
    }
}
