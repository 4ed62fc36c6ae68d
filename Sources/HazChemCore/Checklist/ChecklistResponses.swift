import Foundation

/// The experts' answers to one checklist for one assessment: item id → response and finding.
package struct ChecklistResponses: Sendable, Equatable, Codable {
    /// The answer to one item.
    package struct Entry: Sendable, Equatable, Codable {
        /// 符合, 不符合, 不适用 or 未查.
        package var response: ChecklistResponse
        /// The problem found (问题描述); required when non-conforming.
        package var finding: String?
        /// Where the problem was found, if given.
        package var location: String?
        /// The expert judges the problem a major hazard even though the item links no 121号 criterion.
        package var markedMajor: Bool

        /// Creates an entry.
        package init(
            _ response: ChecklistResponse, finding: String? = nil, location: String? = nil, markedMajor: Bool = false
        ) {
            self.response = response
            self.finding = finding
            self.location = location
            self.markedMajor = markedMajor
        }

        /// The finding without surrounding white space, nil when absent or blank.
        package var trimmedFinding: String? {
            guard let text = finding?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
                return nil
            }
            return text
        }
    }

    /// The id of the checklist answered.
    package var checklistId: String
    /// Item id → answer; items absent are not checked.
    package var entries: [String: Entry]

    /// Creates a set of responses.
    package init(checklistId: String, entries: [String: Entry] = [:]) {
        self.checklistId = checklistId
        self.entries = entries
    }

    /// The answer to `itemId`; not checked when absent.
    package subscript(itemId: String) -> Entry {
        get { entries[itemId] ?? Entry(.notChecked) }
        set { entries[itemId] = newValue }
    }
}
