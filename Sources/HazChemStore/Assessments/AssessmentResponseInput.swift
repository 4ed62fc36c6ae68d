import Foundation
import HazChemCore

/// An expert's answer to one checklist item, as entered (CLI, assessment file, offline form).
package struct AssessmentResponseInput: Sendable, Equatable {
    /// The checklist item id, such as `A01`.
    package var itemID: String
    /// 符合, 不符合, 不适用 or 未查.
    package var response: ChecklistResponse
    /// 问题描述; required before sign-off for a non-conforming item.
    package var finding: String
    /// Where the problem was found.
    package var location: String
    /// The expert judges the problem a major hazard although the item links no 121号 criterion.
    package var markedMajor: Bool
    /// The name of the panel member who entered it; nil keeps the one stored (none for a new response).
    package var expert: String?

    /// Creates an input.
    package init(
        itemID: String, response: ChecklistResponse, finding: String = "", location: String = "",
        markedMajor: Bool = false, expert: String? = nil
    ) {
        self.itemID = itemID
        self.response = response
        self.finding = finding
        self.location = location
        self.markedMajor = markedMajor
        self.expert = expert
    }
}
