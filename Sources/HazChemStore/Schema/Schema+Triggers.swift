import Foundation

extension Schema {
    /// The assessment columns a signed assessment must keep; only `status` (signed → dispositionDecided)
    /// and `updated_at` may change.
    static let frozenAssessmentColumns = [
        "id", "enterprise_id", "panel_id", "version", "previous_version_id", "on_site_start", "on_site_end",
        "due_date", "submitted_date", "grading_table_id", "grading_table_version", "grading_table_hash",
        "checklist_table_id", "checklist_table_version", "checklist_table_hash", "score_tenths", "grade",
        "direct_red", "affected_area", "risk_value", "control_adequacy", "reduction_measures", "not_rectifiable",
        "not_rectifiable_reason", "created_at",
    ]

    /// The tables whose rows are part of a signed assessment, with the Chinese name used in messages.
    private static let frozenChildTables = [
        ("checklist_response", "检查意见"), ("grading_answer", "评分答案"), ("signature", "专家签名"),
        ("spot_check", "应知应会抽查记录"),
    ]

    static let frozen = "('signed', 'dispositionDecided')"

    static func status(of assessmentID: String) -> String {
        "(SELECT status FROM assessment WHERE id = \(assessmentID))"
    }

    /// Triggers: the audit log is append-only; table snapshots never change; signed assessments and
    /// their responses, answers, signatures and spot checks are frozen; a decided disposition is final.
    static var v1Triggers: String {
        let unchanged = frozenAssessmentColumns.map { "NEW.\($0) IS OLD.\($0)" }.joined(separator: " AND ")
        var sql = """
            CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, '\(auditMessagePrefix)，不能修改'); END;
            CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, '\(auditMessagePrefix)，不能删除'); END;
            CREATE TRIGGER table_snapshot_no_update BEFORE UPDATE ON table_snapshot
            BEGIN SELECT RAISE(ABORT, '\(snapshotMessage)'); END;
            CREATE TRIGGER table_snapshot_no_delete BEFORE DELETE ON table_snapshot
            BEGIN SELECT RAISE(ABORT, '\(snapshotMessage)'); END;
            CREATE TRIGGER assessment_signed_no_update BEFORE UPDATE ON assessment
            WHEN OLD.status IN \(frozen)
                AND NOT (OLD.status = 'signed' AND NEW.status = 'dispositionDecided' AND \(unchanged))
            BEGIN
                SELECT RAISE(ABORT, '\(immutableMessagePrefix)：只允许把状态从“已签署”改为“已处置”；如需更正，请创建新版本评估');
            END;
            CREATE TRIGGER assessment_signed_no_delete BEFORE DELETE ON assessment
            WHEN OLD.status IN \(frozen)
            BEGIN SELECT RAISE(ABORT, '\(immutableMessagePrefix)：不能删除已签署的评估'); END;
            CREATE TRIGGER disposition_decided_no_update BEFORE UPDATE ON disposition
            WHEN \(status(of: "OLD.assessment_id")) = 'dispositionDecided'
            BEGIN SELECT RAISE(ABORT, '\(immutableMessagePrefix)：处置决定已作出，不能修改'); END;
            CREATE TRIGGER disposition_decided_no_delete BEFORE DELETE ON disposition
            WHEN \(status(of: "OLD.assessment_id")) = 'dispositionDecided'
            BEGIN SELECT RAISE(ABORT, '\(immutableMessagePrefix)：处置决定已作出，不能删除'); END;

            """
        for (table, label) in frozenChildTables {
            sql += """
                CREATE TRIGGER \(table)_signed_no_insert BEFORE INSERT ON \(table)
                WHEN \(status(of: "NEW.assessment_id")) IN \(frozen)
                BEGIN SELECT RAISE(ABORT, '\(immutableMessagePrefix)：不能新增\(label)'); END;
                CREATE TRIGGER \(table)_signed_no_update BEFORE UPDATE ON \(table)
                WHEN \(status(of: "OLD.assessment_id")) IN \(frozen) OR \(status(of: "NEW.assessment_id")) IN \(frozen)
                BEGIN SELECT RAISE(ABORT, '\(immutableMessagePrefix)：不能修改\(label)'); END;
                CREATE TRIGGER \(table)_signed_no_delete BEFORE DELETE ON \(table)
                WHEN \(status(of: "OLD.assessment_id")) IN \(frozen)
                BEGIN SELECT RAISE(ABORT, '\(immutableMessagePrefix)：不能删除\(label)'); END;

                """
        }
        return sql
    }
}
