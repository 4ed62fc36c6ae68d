import Foundation

/// A diagnostic grading table (诊断分级表): start score, capped projects of rules, direct-red conditions, bands.
package struct GradingTable: Sendable, Equatable, Identifiable {
    /// Id, title, version, basis, status and the enterprise kinds it applies to.
    package var header: TableHeader
    /// The score before any rule applies (100).
    package var start: Tenths
    /// The categories, in table order.
    package var categories: [GradingCategory]
    /// Conditions that make the grade red whatever the score.
    package var directRed: [DirectRedCondition]
    /// Score bands; lower bounds inclusive.
    package var bands: [GradeBand]

    /// Creates a table; check it with ``validate()`` before scoring with it.
    package init(
        header: TableHeader, start: Tenths, categories: [GradingCategory], directRed: [DirectRedCondition],
        bands: [GradeBand]
    ) {
        self.header = header
        self.start = start
        self.categories = categories
        self.directRed = directRed
        self.bands = bands
    }

    /// The table id.
    package var id: String { header.id }

    /// Every rule with its category and project, in table order.
    package var ruleEntries: [(category: GradingCategory, project: GradingProject, rule: GradingRule)] {
        categories.flatMap { category in
            category.projects.flatMap { project in project.rules.map { (category, project, $0) } }
        }
    }

    /// Every project in table order.
    package var projects: [GradingProject] { categories.flatMap(\.projects) }

    /// The rule with `id`, if any.
    package func rule(id: String) -> GradingRule? {
        for category in categories {
            for project in category.projects {
                if let rule = project.rules.first(where: { $0.id == id }) { return rule }
            }
        }
        return nil
    }

    /// The direct-red condition with `id`, if any.
    package func directRedCondition(id: String) -> DirectRedCondition? {
        directRed.first { $0.id == id }
    }

    /// The grade of a total by the bands alone (direct red not considered); red when no band matches.
    package func bandGrade(for total: Tenths) -> Grade {
        bands.sorted { $0.min > $1.min }.first { total >= $0.min }?.grade ?? .red
    }
}
