import Foundation

/// An inspection checklist (检查表): sections by topic and specialty, each item a requirement with its
/// basis and optional links to a 121号 criterion, grading rules and a direct-red condition.
package struct Checklist: Sendable, Equatable, Codable {
    /// Identity, version, basis, status and the enterprise kinds it applies to.
    package var header: TableHeader
    /// The grading table whose rule ids the items link to.
    package var gradingTableId: String
    /// The criteria list the items' `majorCriterion` numbers refer to, if any item links one.
    package var criteriaId: String?
    /// The sections, in file order.
    package var sections: [ChecklistSection]

    /// Creates a checklist.
    package init(header: TableHeader, gradingTableId: String, criteriaId: String?, sections: [ChecklistSection]) {
        self.header = header
        self.gradingTableId = gradingTableId
        self.criteriaId = criteriaId
        self.sections = sections
    }

    /// Every item, in checklist order.
    package var items: [ChecklistItem] { sections.flatMap(\.items) }

    /// The item with `id`, if any.
    package func item(id: String) -> ChecklistItem? {
        for section in sections {
            if let item = section.items.first(where: { $0.id == id }) { return item }
        }
        return nil
    }

    /// The section holding the item with `itemId`, if any.
    package func section(containing itemId: String) -> ChecklistSection? {
        sections.first { $0.items.contains { $0.id == itemId } }
    }

    /// The sections checked by experts of `specialty`.
    package func sections(for specialty: Specialty) -> [ChecklistSection] {
        sections.filter { $0.specialty == specialty }
    }

    /// The 121号 criterion numbers linked by at least one item.
    package var linkedCriteria: Set<Int> { Set(items.compactMap(\.majorCriterion)) }

    /// The grading rule ids linked by at least one item.
    package var linkedRuleIds: Set<String> { Set(items.flatMap(\.gradingRuleIds)) }

    /// The direct-red ids linked by at least one item.
    package var linkedDirectRedIds: Set<String> { Set(items.compactMap(\.directRedId)) }
}
