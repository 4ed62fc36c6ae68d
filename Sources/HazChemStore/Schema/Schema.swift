import Foundation
import GRDB

/// The campaign schema: versioned migrations, the SQL in one place.
///
/// A migration, once released, never changes: the enum lists in its CHECK constraints are written out
/// literally so that adding a Swift case later needs a new migration, not an edit here.
package enum Schema {
    /// How every trigger refusing a change to a signed assessment begins its message.
    package static let immutableMessagePrefix = "已签署的评估不可修改"
    /// How the audit-log triggers begin their messages.
    package static let auditMessagePrefix = "审计日志只能追加"
    /// The message of the trigger guarding table snapshots.
    package static let snapshotMessage = "评估所用表快照不可修改或删除"

    /// The migrator with every version registered in order.
    package static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: v1Campaign)
            try db.execute(sql: v1Assessment)
            try db.execute(sql: v1Triggers)
        }
        migrator.registerMigration("v2-mhistore", migrate: migrateHazardUnits)
        migrator.registerMigration("v2-web") { db in try db.execute(sql: v2Web) }
        migrator.registerMigration("v2-assess") { db in try db.execute(sql: v2Assess) }
        migrator.registerMigration("v3-web2") { db in try db.execute(sql: v3Web2) }
        migrator.registerMigration("v4-seal", migrate: migrateSeals)
        migrator.registerMigration("v4-self-reactive") { db in try db.execute(sql: v4SelfReactive) }
        migrator.registerMigration("v5-panel-visits", migrate: migratePanelVisits)
        migrator.registerMigration("v5-expert-county") { db in try db.execute(sql: v5ExpertCounty) }
        migrator.registerMigration("v5-conclusion") { db in try db.execute(sql: v5Conclusion) }
        migrator.registerMigration("v5-photos", migrate: migratePhotos)
        migrator.registerMigration("v5-stated-dates") { db in try db.execute(sql: v5StatedDates) }
        migrator.registerMigration("v5-national-indexes", migrate: migrateNationalIndexes)
        return migrator
    }

    /// A CHECK that a nullable column holds `YYYY-MM-DD`.
    static func day(_ column: String) -> String {
        "CHECK (\(column) IS NULL OR \(column) GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')"
    }

    /// A CHECK that a column holds a JSON array.
    static func jsonArray(_ column: String) -> String {
        "CHECK (json_valid(\(column)) AND json_type(\(column)) = 'array')"
    }

    private static let specialties =
        "('safetyManagement', 'chemicalDesign', 'equipment', 'electricalInstrumentation', 'emergencyRescue')"

    /// Regions, enterprises, experts, panels, table snapshots, monthly submissions and the audit log.
    static let v1Campaign = """
        CREATE TABLE region (
            code TEXT PRIMARY KEY CHECK (code GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]'),
            name TEXT NOT NULL UNIQUE CHECK (trim(name) <> ''),
            level TEXT NOT NULL CHECK (level IN ('prefecture', 'county')),
            parent_code TEXT REFERENCES region(code),
            position INTEGER NOT NULL DEFAULT 0,
            aliases TEXT NOT NULL DEFAULT '[]' \(jsonArray("aliases")),
            CHECK ((level = 'prefecture') = (parent_code IS NULL))
        );
        CREATE TABLE enterprise (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            credit_code TEXT NOT NULL UNIQUE CHECK (length(credit_code) = 18),
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            county_code TEXT NOT NULL REFERENCES region(code),
            address TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL
                CHECK (kind IN ('production', 'storage', 'tradingWithStorage', 'tradingWithoutStorage')),
            principal TEXT NOT NULL DEFAULT '',
            contact_phone TEXT NOT NULL DEFAULT '',
            licence_number TEXT NOT NULL DEFAULT '',
            licence_scope TEXT NOT NULL DEFAULT '',
            licence_expiry TEXT \(day("licence_expiry")),
            in_chemical_park INTEGER NOT NULL DEFAULT 0 CHECK (in_chemical_park IN (0, 1)),
            major_hazard_levels TEXT NOT NULL DEFAULT '[]' \(jsonArray("major_hazard_levels")),
            hazardous_processes TEXT NOT NULL DEFAULT '[]' \(jsonArray("hazardous_processes")),
            key_chemicals TEXT NOT NULL DEFAULT '[]' \(jsonArray("key_chemicals")),
            standardisation_level INTEGER CHECK (standardisation_level IN (1, 2, 3)),
            operating_status TEXT NOT NULL DEFAULT 'operating'
                CHECK (operating_status IN ('operating', 'suspended', 'closed')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX enterprise_county ON enterprise(county_code);
        CREATE TABLE expert (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            organisation TEXT NOT NULL DEFAULT '',
            specialty TEXT NOT NULL CHECK (specialty IN \(specialties)),
            title TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            employer_enterprise_id INTEGER REFERENCES enterprise(id),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE panel (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            enterprise_id INTEGER NOT NULL REFERENCES enterprise(id),
            on_site_start TEXT NOT NULL \(day("on_site_start")),
            on_site_end TEXT NOT NULL \(day("on_site_end")),
            created_at TEXT NOT NULL,
            CHECK (on_site_start <= on_site_end)
        );
        CREATE INDEX panel_enterprise ON panel(enterprise_id);
        CREATE TABLE panel_member (
            panel_id INTEGER NOT NULL REFERENCES panel(id) ON DELETE CASCADE,
            expert_id INTEGER NOT NULL REFERENCES expert(id),
            role TEXT NOT NULL CHECK (role IN ('leader', 'member', 'regulator')),
            specialty TEXT NOT NULL CHECK (specialty IN \(specialties)),
            PRIMARY KEY (panel_id, expert_id)
        ) WITHOUT ROWID;
        CREATE UNIQUE INDEX panel_member_one_leader ON panel_member(panel_id) WHERE role = 'leader';
        CREATE INDEX panel_member_expert ON panel_member(expert_id);
        CREATE TABLE table_snapshot (
            hash TEXT PRIMARY KEY CHECK (length(hash) = 64),
            table_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('grading', 'checklist', 'criteria', 'mhi-reference')),
            version TEXT NOT NULL,
            yaml TEXT NOT NULL,
            stored_at TEXT NOT NULL
        );
        CREATE TABLE monthly_submission (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            county_code TEXT NOT NULL REFERENCES region(code),
            month TEXT NOT NULL CHECK (month GLOB '[12][0-9][0-9][0-9]-[01][0-9]'),
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted')),
            submitted_at TEXT,
            UNIQUE (county_code, month),
            CHECK ((status = 'submitted') = (submitted_at IS NOT NULL))
        );
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            user TEXT NOT NULL CHECK (trim(user) <> ''),
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT,
            before_json TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
            after_json TEXT CHECK (after_json IS NULL OR json_valid(after_json))
        );
        CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
        CREATE INDEX audit_log_at ON audit_log(at);
        """
}
