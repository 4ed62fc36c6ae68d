import Foundation

extension Schema {
    /// Assessments and what hangs off them: responses, grading answers, hazards, spot checks,
    /// signatures and dispositions.
    ///
    /// An assessment records the grading and checklist tables it used by id, version and the SHA-256 of
    /// their YAML text; the text itself is kept in `table_snapshot`, so an old result recomputes
    /// identically after the tables change. A correction is a new row whose `previous_version_id`
    /// names the corrected one (each assessment is corrected at most once).
    static let v1Assessment = """
        CREATE TABLE assessment (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            enterprise_id INTEGER NOT NULL REFERENCES enterprise(id),
            panel_id INTEGER REFERENCES panel(id),
            version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
            previous_version_id INTEGER UNIQUE REFERENCES assessment(id),
            status TEXT NOT NULL DEFAULT 'planned'
                CHECK (status IN ('planned', 'onSite', 'submitted', 'signed', 'dispositionDecided')),
            on_site_start TEXT \(day("on_site_start")),
            on_site_end TEXT \(day("on_site_end")),
            due_date TEXT \(day("due_date")),
            submitted_date TEXT \(day("submitted_date")),
            grading_table_id TEXT,
            grading_table_version TEXT,
            grading_table_hash TEXT REFERENCES table_snapshot(hash),
            checklist_table_id TEXT,
            checklist_table_version TEXT,
            checklist_table_hash TEXT REFERENCES table_snapshot(hash),
            score_tenths INTEGER CHECK (score_tenths >= 0),
            grade TEXT CHECK (grade IN ('red', 'orange', 'yellow', 'blue')),
            direct_red TEXT NOT NULL DEFAULT '[]' \(jsonArray("direct_red")),
            affected_area TEXT,
            risk_value TEXT,
            control_adequacy TEXT,
            reduction_measures TEXT,
            not_rectifiable INTEGER NOT NULL DEFAULT 0 CHECK (not_rectifiable IN (0, 1)),
            not_rectifiable_reason TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (on_site_start IS NULL OR on_site_end IS NULL OR on_site_start <= on_site_end),
            CHECK (not_rectifiable = 0 OR trim(coalesce(not_rectifiable_reason, '')) <> ''),
            CHECK ((version = 1) = (previous_version_id IS NULL)),
            CHECK (status NOT IN ('signed', 'dispositionDecided') OR (
                score_tenths IS NOT NULL AND grade IS NOT NULL
                AND grading_table_hash IS NOT NULL AND checklist_table_hash IS NOT NULL))
        );
        CREATE INDEX assessment_enterprise ON assessment(enterprise_id);
        CREATE INDEX assessment_panel ON assessment(panel_id);
        CREATE TABLE checklist_response (
            assessment_id INTEGER NOT NULL REFERENCES assessment(id),
            item_id TEXT NOT NULL,
            response TEXT NOT NULL
                CHECK (response IN ('conforming', 'nonConforming', 'notApplicable', 'notChecked')),
            finding TEXT NOT NULL DEFAULT '',
            expert_id INTEGER REFERENCES expert(id),
            entered_at TEXT NOT NULL,
            PRIMARY KEY (assessment_id, item_id)
        ) WITHOUT ROWID;
        CREATE TABLE grading_answer (
            assessment_id INTEGER NOT NULL REFERENCES assessment(id),
            rule_id TEXT NOT NULL,
            value INTEGER NOT NULL CHECK (value >= 0),
            source TEXT NOT NULL CHECK (source IN ('prefilled', 'confirmed')),
            updated_at TEXT NOT NULL,
            PRIMARY KEY (assessment_id, rule_id)
        ) WITHOUT ROWID;
        CREATE TABLE hazard (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            assessment_id INTEGER NOT NULL REFERENCES assessment(id),
            enterprise_id INTEGER NOT NULL REFERENCES enterprise(id),
            item_id TEXT,
            description TEXT NOT NULL CHECK (trim(description) <> ''),
            location TEXT NOT NULL DEFAULT '',
            basis TEXT NOT NULL DEFAULT '',
            level TEXT NOT NULL CHECK (level IN ('general', 'major')),
            criterion_number INTEGER CHECK (criterion_number BETWEEN 1 AND 20),
            measure TEXT NOT NULL DEFAULT '',
            deadline TEXT \(day("deadline")),
            responsible_person TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'rectifying', 'rectified', 'verified')),
            verified_by TEXT,
            verified_at TEXT \(day("verified_at")),
            rectified_at TEXT \(day("rectified_at")),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (criterion_number IS NULL OR level = 'major')
        );
        CREATE INDEX hazard_assessment ON hazard(assessment_id);
        CREATE INDEX hazard_enterprise ON hazard(enterprise_id, status);
        CREATE TABLE spot_check (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            assessment_id INTEGER NOT NULL REFERENCES assessment(id),
            person TEXT NOT NULL CHECK (trim(person) <> ''),
            role TEXT NOT NULL CHECK (role IN ('principal', 'safetyHead', 'productionHead', 'technologyHead',
                'safetyManager', 'equipmentManager', 'instrumentManager', 'worker')),
            result TEXT NOT NULL CHECK (result IN ('passed', 'failed')),
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX spot_check_assessment ON spot_check(assessment_id);
        CREATE TABLE signature (
            assessment_id INTEGER NOT NULL REFERENCES assessment(id),
            expert_id INTEGER NOT NULL REFERENCES expert(id),
            signed_at TEXT NOT NULL,
            PRIMARY KEY (assessment_id, expert_id)
        ) WITHOUT ROWID;
        CREATE TABLE disposition (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            assessment_id INTEGER NOT NULL UNIQUE REFERENCES assessment(id),
            class TEXT NOT NULL CHECK (class IN ('closeOrSuspend', 'rectify', 'consolidate')),
            closure_action TEXT CHECK (closure_action IN ('suspendAndRectify', 'close')),
            reason TEXT NOT NULL DEFAULT '',
            decision_date TEXT NOT NULL \(day("decision_date")),
            bureau TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            CHECK ((class = 'closeOrSuspend') = (closure_action IS NOT NULL))
        );
        """
}
