import Foundation
import GRDB

extension Schema {
    /// v5-national-indexes: what the home page and the list pages need at 200,000 enterprises.
    ///
    /// `counted_assessment` holds one row per enterprise: its county and operating status, and its counted
    /// assessment (``CountedAssessment``: id, last day on site and grade; NULL when none), kept current by
    /// triggers on `enterprise`, `assessment` and `panel_visit`. The dashboard, the to-do list and the enterprise
    /// list read it instead of choosing among each enterprise's assessments on every request (13 s for the
    /// prefecture's home page at national scale). The rule is written out here as it stands at this migration (a
    /// changed rule needs a new migration recreating the triggers); a test checks that the table equals
    /// ``CountedAssessment/id(of:)`` after every kind of change. Covering indexes serve the hazard figures, the
    /// to-do list's "assessment under way" test, the dashboard's counts of enterprises and reports, and the lists'
    /// order (county position, enterprise name: ``PageSQL/inListOrder(_:_:inOrder:)``).
    static func migrateNationalIndexes(_ db: Database) throws {
        let signed = "('signed', 'dispositionDecided')"
        // The enterprise `enterprise` (an SQL expression, NULL: none) gets its counted assessment recomputed.
        func refresh(_ enterprise: String) -> String {
            """
            UPDATE counted_assessment SET (assessment_id, end_day, grade) = (
                SELECT x.id, coalesce(x.on_site_end, xp.on_site_end), x.grade
                FROM assessment x LEFT JOIN panel_visit xp ON xp.assessment_id = x.id
                WHERE x.enterprise_id = counted_assessment.enterprise_id AND x.status IN \(signed) AND NOT EXISTS (
                    SELECT 1 FROM assessment n WHERE n.previous_version_id = x.id AND n.status IN \(signed))
                ORDER BY coalesce(x.on_site_end, xp.on_site_end) DESC, x.version DESC, x.id DESC LIMIT 1)
            WHERE enterprise_id = \(enterprise);
            """
        }
        func ofAssessment(_ id: String) -> String { "(SELECT enterprise_id FROM assessment WHERE id = \(id))" }
        let assessmentChanged = [
            "(OLD.status IN \(signed)) IS NOT (NEW.status IN \(signed))", "OLD.enterprise_id IS NOT NEW.enterprise_id",
            "OLD.on_site_end IS NOT NEW.on_site_end", "OLD.version IS NOT NEW.version",
            "OLD.previous_version_id IS NOT NEW.previous_version_id", "OLD.id IS NOT NEW.id",
            "(NEW.status IN \(signed) AND OLD.grade IS NOT NEW.grade)",
        ].joined(separator: " OR ")
        try db.execute(
            sql: """
                CREATE TABLE counted_assessment (
                    enterprise_id INTEGER PRIMARY KEY,
                    county_code TEXT NOT NULL,
                    operating_status TEXT NOT NULL,
                    assessment_id INTEGER,
                    end_day TEXT,
                    grade TEXT
                );
                \(countedAssessmentBackfill)
                CREATE INDEX counted_assessment_county ON counted_assessment(county_code, operating_status, grade, end_day);
                CREATE TRIGGER counted_assessment_enterprise_insert AFTER INSERT ON enterprise
                BEGIN
                    INSERT INTO counted_assessment (enterprise_id, county_code, operating_status)
                    VALUES (NEW.id, NEW.county_code, NEW.operating_status);
                END;
                CREATE TRIGGER counted_assessment_enterprise_update AFTER UPDATE OF id, county_code, operating_status ON enterprise
                BEGIN
                    UPDATE counted_assessment
                    SET enterprise_id = NEW.id, county_code = NEW.county_code, operating_status = NEW.operating_status
                    WHERE enterprise_id = OLD.id;
                END;
                CREATE TRIGGER counted_assessment_enterprise_delete AFTER DELETE ON enterprise
                BEGIN
                    DELETE FROM counted_assessment WHERE enterprise_id = OLD.id;
                END;
                CREATE TRIGGER counted_assessment_insert AFTER INSERT ON assessment
                WHEN NEW.status IN \(signed)
                BEGIN
                    \(refresh("NEW.enterprise_id"))
                    \(refresh(ofAssessment("NEW.previous_version_id")))
                END;
                CREATE TRIGGER counted_assessment_update AFTER UPDATE ON assessment
                WHEN \(assessmentChanged)
                BEGIN
                    \(refresh("OLD.enterprise_id"))
                    \(refresh("NEW.enterprise_id"))
                    \(refresh(ofAssessment("OLD.previous_version_id")))
                    \(refresh(ofAssessment("NEW.previous_version_id")))
                END;
                CREATE TRIGGER counted_assessment_delete AFTER DELETE ON assessment
                WHEN OLD.status IN \(signed)
                BEGIN
                    \(refresh("OLD.enterprise_id"))
                    \(refresh(ofAssessment("OLD.previous_version_id")))
                END;
                CREATE TRIGGER counted_assessment_visit_insert AFTER INSERT ON panel_visit
                WHEN NEW.assessment_id IS NOT NULL
                BEGIN
                    \(refresh(ofAssessment("NEW.assessment_id")))
                END;
                CREATE TRIGGER counted_assessment_visit_update AFTER UPDATE ON panel_visit
                WHEN OLD.assessment_id IS NOT NEW.assessment_id OR OLD.on_site_end IS NOT NEW.on_site_end
                BEGIN
                    \(refresh(ofAssessment("OLD.assessment_id")))
                    \(refresh(ofAssessment("NEW.assessment_id")))
                END;
                CREATE TRIGGER counted_assessment_visit_delete AFTER DELETE ON panel_visit
                WHEN OLD.assessment_id IS NOT NULL
                BEGIN
                    \(refresh(ofAssessment("OLD.assessment_id")))
                END;
                CREATE INDEX hazard_status_level ON hazard(status, level, deadline, enterprise_id);
                CREATE INDEX assessment_enterprise_status
                    ON assessment(enterprise_id, status, due_date, submitted_date, submitted_recorded_at);
                CREATE INDEX enterprise_county_kind ON enterprise(county_code, kind, operating_status);
                CREATE INDEX enterprise_county_name ON enterprise(county_code, name);
                CREATE INDEX region_position ON region(position, code);
                """)
    }

    /// Fills an empty `counted_assessment` in one pass (the migration; tests compare it with the triggers' rows).
    static let countedAssessmentBackfill = """
        INSERT INTO counted_assessment (enterprise_id, county_code, operating_status)
        SELECT id, county_code, operating_status FROM enterprise;
        UPDATE counted_assessment SET (assessment_id, end_day, grade) = (w.id, w.end_day, w.grade)
        FROM (
            SELECT x.enterprise_id, x.id, coalesce(x.on_site_end, xp.on_site_end) AS end_day, x.grade,
                row_number() OVER (PARTITION BY x.enterprise_id
                    ORDER BY coalesce(x.on_site_end, xp.on_site_end) DESC, x.version DESC, x.id DESC) AS position
            FROM assessment x LEFT JOIN panel_visit xp ON xp.assessment_id = x.id
            WHERE x.status IN ('signed', 'dispositionDecided') AND NOT EXISTS (
                SELECT 1 FROM assessment n WHERE n.previous_version_id = x.id
                    AND n.status IN ('signed', 'dispositionDecided'))) w
        WHERE w.position = 1 AND w.enterprise_id = counted_assessment.enterprise_id;
        """
}
