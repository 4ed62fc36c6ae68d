import Foundation
import GRDB

extension Schema {
    /// The hazard columns a signed assessment's hazards keep; follow-up (status, measure, deadline, responsible
    /// person, location, dates) may change, and the signed list is kept in the seal. A correction carries a
    /// hazard on to the new version (its finding re-read from the corrected checklist) or withdraws it, which is
    /// allowed once a later version exists.
    private static let frozenHazardColumns = [
        "assessment_id", "enterprise_id", "item_id", "description", "basis", "level", "criterion_number",
    ]

    /// Verification codes of signed assessments, and triggers on every table a signed assessment depends on
    /// (migration `v4-seal`): its panel and panel members, its hazards' findings, and the seals themselves.
    /// Every assessment already signed is sealed as its rows stand, its hazards listed as open (every hazard is
    /// open when an assessment is signed).
    static func migrateSeals(_ db: Database) throws {
        let signedPanel = "EXISTS (SELECT 1 FROM assessment a WHERE a.panel_id = %@ AND a.status IN \(frozen))"
        func uses(_ panel: String) -> String { signedPanel.replacingOccurrences(of: "%@", with: panel) }
        let panelUnchanged = ["name", "enterprise_id", "on_site_start", "on_site_end"]
            .map { "NEW.\($0) IS OLD.\($0)" }.joined(separator: " AND ")
        let hazardUnchanged = frozenHazardColumns.map { "NEW.\($0) IS OLD.\($0)" }.joined(separator: " AND ")
        try db.execute(
            sql: """
                CREATE TABLE assessment_seal (
                    assessment_id INTEGER PRIMARY KEY REFERENCES assessment(id),
                    code TEXT NOT NULL UNIQUE CHECK (length(code) = 24),
                    content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
                    content_json TEXT NOT NULL,
                    sealed_at TEXT NOT NULL
                );
                CREATE TRIGGER assessment_seal_no_update BEFORE UPDATE ON assessment_seal
                BEGIN SELECT RAISE(ABORT, '\(immutableMessagePrefix)：报告校验码不能修改'); END;
                CREATE TRIGGER assessment_seal_no_delete BEFORE DELETE ON assessment_seal
                BEGIN SELECT RAISE(ABORT, '\(immutableMessagePrefix)：报告校验码不能删除'); END;
                CREATE TRIGGER panel_signed_no_update BEFORE UPDATE ON panel
                WHEN \(uses("OLD.id")) AND NOT (\(panelUnchanged))
                BEGIN SELECT RAISE(ABORT, '\(immutableMessagePrefix)：不能修改已签署评估的专家组和现场评估日期'); END;
                CREATE TRIGGER panel_signed_no_delete BEFORE DELETE ON panel WHEN \(uses("OLD.id"))
                BEGIN SELECT RAISE(ABORT, '\(immutableMessagePrefix)：不能删除已签署评估的专家组'); END;
                CREATE TRIGGER panel_member_signed_no_insert BEFORE INSERT ON panel_member WHEN \(uses("NEW.panel_id"))
                BEGIN SELECT RAISE(ABORT, '\(immutableMessagePrefix)：不能给已签署评估的专家组增加成员'); END;
                CREATE TRIGGER panel_member_signed_no_update BEFORE UPDATE ON panel_member
                WHEN \(uses("OLD.panel_id")) OR \(uses("NEW.panel_id"))
                BEGIN SELECT RAISE(ABORT, '\(immutableMessagePrefix)：不能修改已签署评估的专家组成员'); END;
                CREATE TRIGGER panel_member_signed_no_delete BEFORE DELETE ON panel_member WHEN \(uses("OLD.panel_id"))
                BEGIN SELECT RAISE(ABORT, '\(immutableMessagePrefix)：不能删除已签署评估的专家组成员'); END;
                CREATE TRIGGER hazard_signed_no_update BEFORE UPDATE ON hazard
                WHEN \(status(of: "OLD.assessment_id")) IN \(frozen) AND NOT (\(hazardUnchanged))
                    AND NEW.assessment_id NOT IN (SELECT id FROM assessment WHERE previous_version_id = OLD.assessment_id)
                BEGIN SELECT RAISE(ABORT, '\(immutableMessagePrefix)：隐患的描述、级别和依据不能修改，只能跟踪整改'); END;
                CREATE TRIGGER hazard_signed_no_delete BEFORE DELETE ON hazard
                WHEN \(status(of: "OLD.assessment_id")) IN \(frozen)
                    AND NOT EXISTS (SELECT 1 FROM assessment WHERE previous_version_id = OLD.assessment_id)
                BEGIN SELECT RAISE(ABORT, '\(immutableMessagePrefix)：不能删除已签署评估的隐患'); END;
                """)
        let signed = try Int64.fetchAll(
            db, sql: "SELECT id FROM assessment WHERE status IN \(frozen) ORDER BY id")
        for id in signed { try AssessmentSeal.sealIfNeeded(db, assessmentID: id, at: Date(), backfill: true) }
    }
}
