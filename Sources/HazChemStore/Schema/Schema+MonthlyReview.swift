import Foundation

extension Schema {
    /// The prefecture's review of county monthly reports (migration `v3-web2`).
    ///
    /// `review_status` is nil for a report recorded by `hazchem report submit` before review existed (it reads
    /// as awaiting review), else submitted (待审核), approved (已审核通过) or returned (已退回). `figures_json` holds
    /// the county's figures as they were when submitted (``MonthlyRowSnapshot``): a submitted or approved month
    /// shows these, not figures recomputed later. An approved month cannot be changed by any statement except
    /// the prefecture returning it (only `review_*` columns change then).
    static let v3Web2 = """
        ALTER TABLE monthly_submission ADD COLUMN review_status TEXT
            CHECK (review_status IS NULL OR review_status IN ('submitted', 'approved', 'returned'));
        ALTER TABLE monthly_submission ADD COLUMN reviewed_by TEXT;
        ALTER TABLE monthly_submission ADD COLUMN reviewed_at TEXT;
        ALTER TABLE monthly_submission ADD COLUMN review_note TEXT NOT NULL DEFAULT '';
        ALTER TABLE monthly_submission ADD COLUMN figures_json TEXT
            CHECK (figures_json IS NULL OR (json_valid(figures_json) AND json_type(figures_json) = 'object'));
        ALTER TABLE monthly_submission ADD COLUMN resubmitted_at TEXT;
        CREATE TRIGGER monthly_submission_approved_update BEFORE UPDATE OF county_code, month, status, submitted_at,
            figures_json, resubmitted_at ON monthly_submission
        WHEN OLD.review_status = 'approved'
        BEGIN SELECT RAISE(ABORT, '\(monthlyLockedMessage)'); END;
        CREATE TRIGGER monthly_submission_approved_delete BEFORE DELETE ON monthly_submission
        WHEN OLD.review_status = 'approved'
        BEGIN SELECT RAISE(ABORT, '\(monthlyLockedMessage)'); END;
        """

    /// The message of the triggers guarding an approved monthly report.
    package static let monthlyLockedMessage = "月报已审核通过并锁定，不能修改；如需修改须由盟市应急管理局退回"
}
