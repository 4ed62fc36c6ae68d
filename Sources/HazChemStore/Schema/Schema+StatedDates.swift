import Foundation
import GRDB

extension Schema {
    /// v5: the server's time at which what a user may date earlier (补录 of a paper record) was entered.
    ///
    /// The stated day stays in its column (`assessment.submitted_date`, `signature.signed_at`,
    /// `disposition.decision_date`, `monthly_submission.submitted_at`); `recorded_at` (for the submission
    /// `submitted_recorded_at`) holds the server's `YYYY-MM-DD HH:MM` when it was entered, and lateness is judged
    /// on its day. Rows from before this migration have none and are judged on the stated day as before.
    /// (`disposition.created_at` is a UTC time also set by the demo's bulk writer, so the disposition gets a
    /// column of its own.) The recorded time of a signed assessment's submission is frozen like the rest of it.
    static let v5StatedDates = """
        ALTER TABLE assessment ADD COLUMN submitted_recorded_at TEXT \(minute("submitted_recorded_at"));
        ALTER TABLE signature ADD COLUMN recorded_at TEXT \(minute("recorded_at"));
        ALTER TABLE disposition ADD COLUMN recorded_at TEXT \(minute("recorded_at"));
        ALTER TABLE monthly_submission ADD COLUMN recorded_at TEXT \(minute("recorded_at"));
        CREATE TRIGGER assessment_recorded_signed_no_update BEFORE UPDATE OF submitted_recorded_at ON assessment
        WHEN OLD.status IN \(frozen) AND NEW.submitted_recorded_at IS NOT OLD.submitted_recorded_at
        BEGIN SELECT RAISE(ABORT, '\(immutableMessagePrefix)：不能修改报告提交的记录时间'); END;
        """

    /// A CHECK that a nullable column holds `YYYY-MM-DD HH:MM`.
    static func minute(_ column: String) -> String {
        "CHECK (\(column) IS NULL OR \(column) GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]')"
    }
}
