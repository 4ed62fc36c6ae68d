import HazChemStore
import HazChemXLSX

/// What importing a filled checklist form did (see ``AppDatabase/importFilledForm(url:assessmentID:actor:)``).
package struct FormImportOutcome: Sendable, Equatable {
    /// The assessment the form was recorded in.
    package var assessmentID: Int64
    /// Whether anything was written (false when the form equals what is stored: no audit row either).
    package var changed: Bool
    /// The form as read and checked.
    package var form: FilledForm

    /// Creates an outcome.
    package init(assessmentID: Int64, changed: Bool, form: FilledForm) {
        self.assessmentID = assessmentID
        self.changed = changed
        self.form = form
    }
}
