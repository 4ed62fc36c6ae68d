import Foundation

/// How far the experts have got with a checklist, and what still blocks signing off.
package struct ChecklistProgress: Sendable, Equatable {
    /// How many items have each response.
    package struct Counts: Sendable, Equatable {
        /// Response → number of items; responses with no item are absent.
        package private(set) var byResponse: [ChecklistResponse: Int] = [:]

        /// Empty counts.
        package init() {}

        /// The number of items with `response`.
        package subscript(response: ChecklistResponse) -> Int { byResponse[response] ?? 0 }

        /// All items counted.
        package var total: Int { byResponse.values.reduce(0, +) }

        /// Items with an answer other than 未查.
        package var answered: Int { total - self[.notChecked] }

        /// Counts one more item with `response`.
        package mutating func add(_ response: ChecklistResponse, count: Int = 1) {
            byResponse[response, default: 0] += count
        }

        /// Adds other counts to these.
        package mutating func add(_ other: Counts) {
            for (response, count) in other.byResponse { add(response, count: count) }
        }
    }

    /// The counts of one section.
    package struct SectionProgress: Sendable, Equatable {
        /// The section id.
        package var sectionId: String
        /// The section title.
        package var title: String
        /// The specialty that checks it.
        package var specialty: Specialty
        /// Items per response.
        package var counts: Counts
    }

    /// An item that keeps the checklist from being signed off.
    package struct Blocker: Sendable, Equatable, CustomStringConvertible {
        /// Why the item blocks sign-off.
        package enum Reason: String, Sendable, Equatable {
            /// Not answered yet.
            case notChecked
            /// Non-conforming without a finding.
            case missingFinding
        }

        /// The item id.
        package var itemId: String
        /// The item's section id.
        package var sectionId: String
        /// Why it blocks.
        package var reason: Reason

        /// `检查项 A01：未查` or `检查项 A01：判为不符合但未填写问题描述`.
        package var description: String {
            switch reason {
            case .notChecked: "检查项 \(itemId)：未查"
            case .missingFinding: "检查项 \(itemId)：判为不符合但未填写问题描述"
            }
        }
    }

    /// Per-section counts, in checklist order.
    package var sections: [SectionProgress]
    /// The items that block sign-off, in checklist order.
    package var blockers: [Blocker]

    /// Counts over the whole checklist.
    package var totals: Counts {
        sections.reduce(into: Counts()) { $0.add($1.counts) }
    }

    /// Counts over the sections of one specialty.
    package func counts(for specialty: Specialty) -> Counts {
        sections.filter { $0.specialty == specialty }.reduce(into: Counts()) { $0.add($1.counts) }
    }

    /// Every item answered and every non-conforming item described.
    package var isReadyForSignOff: Bool { blockers.isEmpty }
}
