import HazChemCore
import HazChemXLSX

/// What an expert entered on a checklist form, read back and checked by `FilledFormReader`.
package struct FilledForm: Sendable, Equatable {
    /// The assessment the form belongs to.
    package var assessmentId: Int64
    /// The checklist id recorded in the form.
    package var checklistId: String
    /// The checklist version recorded in the form.
    package var checklistVersion: String
    /// The grading table id recorded in the form.
    package var gradingTableId: String
    /// The grading table version recorded in the form.
    package var gradingTableVersion: String
    /// Item id → entry, for every item with a 结论 or any other answer cell filled; absent items are not checked.
    package var entries: [String: ChecklistFormEntry]
    /// The grading answers (rules left empty are absent) and the direct-red conditions answered 是, in table order.
    package var gradingAnswers: GradingAnswers
    /// The rows of 应知应会抽查; nil when there are none (or the sheet is absent, a form of an older layout).
    package var spotChecks: [FormSpotCheck]? = nil
    /// The texts of 风险分析; nil when the sheet is absent or every text is empty (the stored texts stay).
    package var risk: RiskDescription? = nil
    /// 专家组综合意见; nil when the sheet is absent or the cell is empty (the stored text stays).
    package var conclusion: String? = nil

    /// Creates a filled form.
    package init(
        assessmentId: Int64, checklistId: String, checklistVersion: String, gradingTableId: String,
        gradingTableVersion: String, entries: [String: ChecklistFormEntry], gradingAnswers: GradingAnswers
    ) {
        self.assessmentId = assessmentId
        self.checklistId = checklistId
        self.checklistVersion = checklistVersion
        self.gradingTableId = gradingTableId
        self.gradingTableVersion = gradingTableVersion
        self.entries = entries
        self.gradingAnswers = gradingAnswers
    }

    /// The optional sheets read before the form is assembled.
    struct Extras {
        var spotChecks: [FormSpotCheck]?
        var risk: RiskDescription?
        var conclusion: String?
    }

    /// The direct-red conditions answered 是.
    package var directRed: [String] { gradingAnswers.directRed }

    /// The responses as the checklist evaluator takes them.
    package var responses: ChecklistResponses {
        ChecklistResponses(checklistId: checklistId, entries: entries.mapValues(\.responseEntry))
    }
}
