import Foundation
import HazChemCore
import HazChemStore

/// A checklist response of a demo assessment other than a plain 符合.
struct DemoResponse: Sendable {
    /// 不符合 or 不适用.
    var response: ChecklistResponse
    /// 问题描述 (non-conforming only).
    var finding = ""
    /// Where the problem was found.
    var location = ""
    /// The expert marked the problem a major hazard.
    var markedMajor = false
    /// The panel's proposed rectification measure, empty when left to the defaults.
    var measure = ""
    /// The proposed deadline (day number).
    var deadline: Int?
    /// The proposed responsible person.
    var responsible = ""
}

/// What the generator needs to know about one set of tables, computed once per run (lookups by position, so
/// the per-assessment work copies no checklist items).
struct DemoChecklistIndex: Sendable {
    /// One checklist item with what the generator asks about it.
    struct Entry: Sendable {
        let item: ChecklistItem
        let specialty: Specialty
        /// The requirement is about major hazard installations (不适用 without one).
        let aboutMajorHazard: Bool
        /// The requirement is about hazardous processes (不适用 without one).
        let aboutProcess: Bool
    }

    /// The tables.
    let tables: AssessmentTables
    /// Every item in checklist order.
    let entries: [Entry]
    /// Item id → position.
    let positions: [String: Int]
    /// Positions of the items linking neither grading rules nor direct red.
    let plain: [Int]
    /// Positions of the items linking grading rules but no direct red.
    let linked: [Int]
    /// Positions of the items linking a direct-red condition.
    let red: [Int]
    /// Positions of the items about major hazard installations.
    let aboutMajorHazard: [Int]
    /// Positions of the items about hazardous processes (and not about major hazard installations).
    let aboutProcess: [Int]
    /// Grading rules by id.
    let rules: [String: GradingRule]
    /// Grading rule id → how a non-conforming item's proposal counts for it.
    let ruleKinds: [String: RuleAnswerKind]
    /// Bonus rules no checklist item implies (answered by the panel itself), in table order.
    let panelBonuses: [GradingRule]
    /// Deduction rules neither the checklist nor the enterprise profile implies, in table order.
    let panelDeductions: [GradingRule]
    /// Each grade's band: the lowest total of the grade and the lowest total of the next better grade.
    let bands: [Grade: (lower: Tenths, upper: Tenths?)]

    /// Indexes `tables`.
    init(_ tables: AssessmentTables) {
        self.tables = tables
        let entries = tables.checklist.sections.flatMap { section in
            section.items.map {
                Entry(
                    item: $0, specialty: section.specialty, aboutMajorHazard: $0.requirement.contains("重大危险源"),
                    aboutProcess: $0.requirement.contains("危险化工工艺"))
            }
        }
        self.entries = entries
        positions = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.item.id, $0) })
        let items = entries.map(\.item)
        plain = items.indices.filter { items[$0].gradingRuleIds.isEmpty && items[$0].directRedId == nil }
        linked = items.indices.filter { !items[$0].gradingRuleIds.isEmpty && items[$0].directRedId == nil }
        red = items.indices.filter { items[$0].directRedId != nil }
        aboutMajorHazard = entries.indices.filter { entries[$0].aboutMajorHazard }
        aboutProcess = entries.indices.filter { entries[$0].aboutProcess && !entries[$0].aboutMajorHazard }
        let all = tables.grading.ruleEntries.map(\.rule)
        rules = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        ruleKinds = rules.mapValues { $0.per == .fixed ? .fixed : .perItem(maxCount: $0.maxCount) }
        let linkedRules = tables.checklist.linkedRuleIds
        // Rules the enterprise profile pre-fills, or that need facts the demo does not model (explosives).
        let profile: Set<String> = ["2.1.1", "1.2.1", "1.2.2", "1.2.3", "1.3.1"]
        let free = all.filter {
            !linkedRules.contains($0.id) && $0.tier == nil && $0.exclusive == nil && !profile.contains($0.id)
        }
        panelBonuses = free.filter { $0.effect == .bonus }
        panelDeductions = free.filter { $0.effect == .deduction }
        let sorted = tables.grading.bands.sorted { $0.min < $1.min }
        var bands: [Grade: (Tenths, Tenths?)] = [:]
        for (position, band) in sorted.enumerated() {
            bands[band.grade] = (band.min, position + 1 < sorted.count ? sorted[position + 1].min : nil)
        }
        self.bands = bands
    }

    /// Positions of the items that do not apply to `enterprise`: those about major hazard installations when
    /// it has none, and those about hazardous processes when it runs none.
    func notApplicable(to enterprise: Enterprise) -> [Int] {
        let noMajor = enterprise.majorHazardLevels.isEmpty
        let noProcess = enterprise.hazardousProcesses.isEmpty
        if !noMajor && !noProcess { return [] }
        return (noMajor ? aboutMajorHazard : []) + (noProcess ? aboutProcess : [])
    }
}

/// The grade a demo assessment is steered towards.
enum DemoGradeTarget: String, CaseIterable, Sendable {
    case blue, yellow, orange, red, directRed

    /// The band grade aimed at (direct red aims at a yellow or orange score).
    var grade: Grade {
        switch self {
        case .blue: .blue
        case .yellow: .yellow
        case .orange: .orange
        case .red: .red
        case .directRed: .orange
        }
    }

    /// Percent of the items without grading links found non-conforming.
    var plainFindingRate: Double {
        switch self {
        case .blue: 2
        case .yellow: 4
        case .orange: 7
        case .red: 10
        case .directRed: 8
        }
    }

    /// Percent chance of each panel bonus rule.
    var bonusRate: Double {
        switch self {
        case .blue: 70
        case .yellow: 40
        case .orange: 25
        case .red, .directRed: 15
        }
    }

    /// How many profile-free deduction rules the panel finds.
    var deductionCount: ClosedRange<Int> {
        switch self {
        case .blue: 0...0
        case .yellow: 0...1
        case .orange: 0...2
        case .red, .directRed: 1...3
        }
    }
}
