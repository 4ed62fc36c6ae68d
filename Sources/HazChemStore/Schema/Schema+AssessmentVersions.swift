import Foundation

extension Schema {
    /// The assessment columns frozen once signed, as of v2-assess (v1's list plus the v2 columns).
    private static let v2FrozenAssessmentColumns = [
        "id", "enterprise_id", "panel_id", "version", "previous_version_id", "on_site_start", "on_site_end",
        "due_date", "submitted_date", "grading_table_id", "grading_table_version", "grading_table_hash",
        "checklist_table_id", "checklist_table_version", "checklist_table_hash", "score_tenths", "grade",
        "direct_red", "affected_area", "risk_value", "control_adequacy", "reduction_measures", "not_rectifiable",
        "not_rectifiable_reason", "created_at", "answers_confirmed_at", "signed_date", "criteria_table_id",
        "criteria_table_version", "criteria_table_hash",
    ]

    /// v2-assess: what the assessment lifecycle stores beyond v1.
    ///
    /// - assessment: when the panel confirmed the grading answers, the sign-off date, and the criteria list
    ///   (121号) snapshot next to the grading table and checklist.
    /// - checklist_response: the finding's location, the expert's "major" mark, and the hazard details the
    ///   panel proposes before sign-off (measure, deadline, responsible person).
    /// - hazard: one hazard per checklist item and assessment.
    /// - The signed-assessment trigger is recreated so the new assessment columns are frozen too.
    static var v2Assess: String {
        let unchanged = v2FrozenAssessmentColumns.map { "NEW.\($0) IS OLD.\($0)" }.joined(separator: " AND ")
        return """
            ALTER TABLE assessment ADD COLUMN answers_confirmed_at TEXT;
            ALTER TABLE assessment ADD COLUMN signed_date TEXT \(day("signed_date"));
            ALTER TABLE assessment ADD COLUMN criteria_table_id TEXT;
            ALTER TABLE assessment ADD COLUMN criteria_table_version TEXT;
            ALTER TABLE assessment ADD COLUMN criteria_table_hash TEXT REFERENCES table_snapshot(hash);
            CREATE INDEX assessment_status ON assessment(status, on_site_end);
            ALTER TABLE checklist_response ADD COLUMN location TEXT NOT NULL DEFAULT '';
            ALTER TABLE checklist_response ADD COLUMN marked_major INTEGER NOT NULL DEFAULT 0
                CHECK (marked_major IN (0, 1));
            ALTER TABLE checklist_response ADD COLUMN measure TEXT NOT NULL DEFAULT '';
            ALTER TABLE checklist_response ADD COLUMN deadline TEXT \(day("deadline"));
            ALTER TABLE checklist_response ADD COLUMN responsible_person TEXT NOT NULL DEFAULT '';
            CREATE UNIQUE INDEX hazard_assessment_item ON hazard(assessment_id, item_id) WHERE item_id IS NOT NULL;
            DROP TRIGGER assessment_signed_no_update;
            CREATE TRIGGER assessment_signed_no_update BEFORE UPDATE ON assessment
            WHEN OLD.status IN ('signed', 'dispositionDecided')
                AND NOT (OLD.status = 'signed' AND NEW.status = 'dispositionDecided' AND \(unchanged))
            BEGIN
                SELECT RAISE(ABORT, '\(immutableMessagePrefix)：只允许把状态从“已签署”改为“已处置”；如需更正，请创建新版本评估');
            END;
            """
    }
}
