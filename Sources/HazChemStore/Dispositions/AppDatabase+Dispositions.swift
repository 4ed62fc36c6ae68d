import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// Records the bureau's disposition of a signed assessment and moves it to 已处置.
    ///
    /// Checked against the grade (``DispositionPolicy``): blue → consolidate only; yellow → rectify only;
    /// red/orange → rectify, or closeOrSuspend when the panel's not-rectifiable finding (with its reason) is
    /// on the assessment, with the closure action. A reason and the deciding bureau are required.
    @discardableResult
    package func decideDisposition(_ decision: Disposition, actor: String) throws(StoreError) -> Disposition {
        try session(actor: actor) { session in
            let assessment = try session.assessment(decision.assessmentID)
            try Self.refuseFutureDay(
                decision.decisionDate, today: session.today, onSiteEnd: assessment.onSiteEnd, field: "处置决定日期",
                entity: assessment.entityLabel)
            return try session.decide(decision.assessmentID, decision)
        }
    }

    /// The disposition of an assessment, or nil.
    package func disposition(assessmentID: Int64) throws(StoreError) -> Disposition? {
        try read { db in try Disposition.filter(Column("assessment_id") == assessmentID).fetchOne(db) }
    }
}
