import HazChemCore
import HazChemXLSX

/// One item's answer on a checklist form: the response with its finding, and the hazard particulars the
/// experts may already know (measure, deadline, responsible person).
package struct ChecklistFormEntry: Sendable, Equatable {
    /// 结论; `notChecked` when the cell is empty.
    package var response: ChecklistResponse
    /// 问题描述.
    package var finding: String?
    /// 隐患位置.
    package var location: String?
    /// 是否重大隐患 answered 是.
    package var markedMajor: Bool
    /// 整改措施.
    package var measure: String?
    /// 整改期限.
    package var deadline: LocalDate?
    /// 责任人.
    package var responsible: String?
    /// 填写人: the panel member who answered (nil: keep the stored expert).
    package var expert: String?

    /// Creates an entry.
    package init(
        _ response: ChecklistResponse, finding: String? = nil, location: String? = nil, markedMajor: Bool = false,
        measure: String? = nil, deadline: LocalDate? = nil, responsible: String? = nil, expert: String? = nil
    ) {
        self.response = response
        self.finding = finding
        self.location = location
        self.markedMajor = markedMajor
        self.measure = measure
        self.deadline = deadline
        self.responsible = responsible
        self.expert = expert
    }

    /// An entry from a stored response (no hazard particulars).
    package init(_ entry: ChecklistResponses.Entry) {
        self.init(entry.response, finding: entry.finding, location: entry.location, markedMajor: entry.markedMajor)
    }

    /// The response as the checklist evaluator takes it.
    package var responseEntry: ChecklistResponses.Entry {
        ChecklistResponses.Entry(response, finding: finding, location: location, markedMajor: markedMajor)
    }
}
