import Foundation
import GRDB

extension Schema {
    /// v5: panels are teams with a schedule (migration `v5-panel-visits`).
    ///
    /// A panel (专家组) is formed once for a region (a county or the prefecture) and given visits
    /// (`panel_visit`: enterprise + on-site dates, at most one assessment each, its versions following it).
    /// Each existing panel becomes a team of its enterprise's county with one visit, linked to the first
    /// version of its assessment; an assessment of the same panel beyond the first gets a visit of its own.
    /// Replacements and leave (替换、请假) are kept in `panel_member_change`, append-only.
    ///
    /// The `v4-seal` triggers freezing the members of a panel once one of its assessments is signed go: a team
    /// goes on after a signed visit, and a signed assessment keeps the panel it was signed by in its seal. New
    /// triggers freeze a signed assessment's visit, and the name and region of a panel with a signed assessment.
    /// Checklist responses get `stand_in_for`: the section's specialty when the expert answering covers another
    /// on the panel (the leader, or a member standing in for an absent specialty).
    static func migratePanelVisits(_ db: Database) throws {
        let signedPanel = "EXISTS (SELECT 1 FROM assessment a WHERE a.panel_id = %@ AND a.status IN \(frozen))"
        func uses(_ panel: String) -> String { signedPanel.replacingOccurrences(of: "%@", with: panel) }
        let visitUnchanged = ["panel_id", "enterprise_id", "on_site_start", "on_site_end", "assessment_id"]
            .map { "NEW.\($0) IS OLD.\($0)" }.joined(separator: " AND ")
        try db.execute(
            sql: """
                DROP TRIGGER panel_signed_no_update;
                DROP TRIGGER panel_signed_no_delete;
                DROP TRIGGER panel_member_signed_no_insert;
                DROP TRIGGER panel_member_signed_no_update;
                DROP TRIGGER panel_member_signed_no_delete;
                CREATE TABLE panel_team (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL CHECK (trim(name) <> ''),
                    region_code TEXT NOT NULL REFERENCES region(code),
                    created_at TEXT NOT NULL
                );
                INSERT INTO panel_team (id, name, region_code, created_at)
                SELECT p.id, p.name, e.county_code, p.created_at FROM panel p JOIN enterprise e ON e.id = p.enterprise_id
                ORDER BY p.id;
                CREATE TABLE panel_visit (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    panel_id INTEGER NOT NULL REFERENCES panel(id),
                    enterprise_id INTEGER NOT NULL REFERENCES enterprise(id),
                    on_site_start TEXT NOT NULL \(day("on_site_start")),
                    on_site_end TEXT NOT NULL \(day("on_site_end")),
                    assessment_id INTEGER UNIQUE REFERENCES assessment(id),
                    created_at TEXT NOT NULL,
                    CHECK (on_site_start <= on_site_end)
                );
                INSERT INTO panel_visit (panel_id, enterprise_id, on_site_start, on_site_end, assessment_id, created_at)
                SELECT p.id, p.enterprise_id, p.on_site_start, p.on_site_end,
                    (SELECT min(a.id) FROM assessment a WHERE a.panel_id = p.id AND a.previous_version_id IS NULL),
                    p.created_at
                FROM panel p ORDER BY p.id;
                INSERT INTO panel_visit (panel_id, enterprise_id, on_site_start, on_site_end, assessment_id, created_at)
                SELECT p.id, a.enterprise_id, coalesce(a.on_site_start, p.on_site_start),
                    coalesce(a.on_site_end, p.on_site_end), a.id, a.created_at
                FROM assessment a JOIN panel p ON p.id = a.panel_id
                WHERE a.previous_version_id IS NULL
                    AND a.id NOT IN (SELECT assessment_id FROM panel_visit WHERE assessment_id IS NOT NULL)
                    AND coalesce(a.on_site_start, p.on_site_start) <= coalesce(a.on_site_end, p.on_site_end)
                ORDER BY a.id;
                DROP TABLE panel;
                ALTER TABLE panel_team RENAME TO panel;
                CREATE INDEX panel_region ON panel(region_code);
                CREATE INDEX panel_visit_panel ON panel_visit(panel_id, on_site_start);
                CREATE INDEX panel_visit_enterprise ON panel_visit(enterprise_id);
                CREATE INDEX panel_visit_dates ON panel_visit(on_site_start, on_site_end);
                CREATE TABLE panel_member_change (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    panel_id INTEGER NOT NULL REFERENCES panel(id),
                    kind TEXT NOT NULL CHECK (kind IN ('replace', 'leave')),
                    expert_id INTEGER NOT NULL REFERENCES expert(id),
                    replacement_id INTEGER REFERENCES expert(id),
                    visit_id INTEGER REFERENCES panel_visit(id),
                    reason TEXT NOT NULL CHECK (trim(reason) <> ''),
                    effective_date TEXT NOT NULL \(day("effective_date")),
                    recorded_by TEXT NOT NULL CHECK (trim(recorded_by) <> ''),
                    recorded_at TEXT NOT NULL,
                    CHECK ((kind = 'replace') = (replacement_id IS NOT NULL)),
                    CHECK (kind = 'replace' OR visit_id IS NOT NULL)
                );
                CREATE INDEX panel_member_change_panel ON panel_member_change(panel_id);
                CREATE TRIGGER panel_member_change_no_update BEFORE UPDATE ON panel_member_change
                BEGIN SELECT RAISE(ABORT, '专家组成员变动记录只能追加，不能修改'); END;
                CREATE TRIGGER panel_member_change_no_delete BEFORE DELETE ON panel_member_change
                BEGIN SELECT RAISE(ABORT, '专家组成员变动记录只能追加，不能删除'); END;
                CREATE TRIGGER panel_signed_no_update BEFORE UPDATE ON panel
                WHEN \(uses("OLD.id")) AND NOT (NEW.name IS OLD.name AND NEW.region_code IS OLD.region_code)
                BEGIN SELECT RAISE(ABORT, '\(immutableMessagePrefix)：不能修改已签署评估的专家组名称和所属地区'); END;
                CREATE TRIGGER panel_signed_no_delete BEFORE DELETE ON panel WHEN \(uses("OLD.id"))
                BEGIN SELECT RAISE(ABORT, '\(immutableMessagePrefix)：不能删除已签署评估的专家组'); END;
                CREATE TRIGGER panel_visit_signed_no_update BEFORE UPDATE ON panel_visit
                WHEN \(status(of: "OLD.assessment_id")) IN \(frozen) AND NOT (\(visitUnchanged))
                BEGIN SELECT RAISE(ABORT, '\(immutableMessagePrefix)：不能修改已签署评估的现场评估安排'); END;
                CREATE TRIGGER panel_visit_signed_no_delete BEFORE DELETE ON panel_visit
                WHEN \(status(of: "OLD.assessment_id")) IN \(frozen)
                BEGIN SELECT RAISE(ABORT, '\(immutableMessagePrefix)：不能删除已签署评估的现场评估安排'); END;
                ALTER TABLE checklist_response ADD COLUMN stand_in_for TEXT CHECK (stand_in_for IN \(specialtyList));
                """)
    }

    /// The specialty codes, for CHECK constraints of this migration.
    private static let specialtyList =
        "('safetyManagement', 'chemicalDesign', 'equipment', 'electricalInstrumentation', 'emergencyRescue')"
}
