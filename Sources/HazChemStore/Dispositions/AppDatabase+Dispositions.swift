import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// Records the bureau's disposition of a signed assessment and moves it to 已处置.
    ///
    /// Checked against the grade (``DispositionPolicy``): blue → consolidate only; yellow → rectify only;
    /// red/orange → rectify, or closeOrSuspend when the panel's not-rectifiable finding (with its reason) is
    /// on the assessment, with the closure action. A reason and the deciding bureau are required; the decision day
    /// may be stated earlier than today (补录) but not before the visit ended.
    @discardableResult
    package func decideDisposition(_ decision: Disposition, actor: String) throws(StoreError) -> Disposition {
        try session(actor: actor) { try $0.decide(decision.assessmentID, decision) }
    }

    /// The disposition of an assessment, or nil.
    package func disposition(assessmentID: Int64) throws(StoreError) -> Disposition? {
        try read { db in try Disposition.filter(Column("assessment_id") == assessmentID).fetchOne(db) }
    }
}
