import Foundation
import GRDB

extension Schema {
    /// Registers `v2-mhistore`: each enterprise's production and storage units (GB 18218-2018) with their
    /// hazardous chemicals, from which the enterprise's major hazard levels are computed.
    static func migrateHazardUnits(_ db: Database) throws {
        try db.execute(sql: v2HazardUnits)
    }

    /// A CHECK that a column (NULL allowed when `nullable`) holds a plain positive decimal such as `0.79`.
    static func positiveDecimal(_ column: String, nullable: Bool = false) -> String {
        let shape = """
            (\(column) GLOB '[0-9]*' AND \(column) NOT GLOB '*[^0-9.]*' AND \(column) NOT GLOB '*.*.*' \
            AND \(column) NOT GLOB '*.' AND CAST(\(column) AS REAL) > 0)
            """
        return nullable ? "CHECK (\(column) IS NULL OR \(shape))" : "CHECK \(shape)"
    }

    /// Units (`hazard_unit`, code unique per enterprise, kept in input order by `position`) and their
    /// chemicals (`hazard_unit_chemical`). Quantities and densities are exact decimal text, never REAL,
    /// so the S and R computed from stored units equal those computed from the file; a volume (m3, L)
    /// must carry a density.
    static let v2HazardUnits = """
        CREATE TABLE hazard_unit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            enterprise_id INTEGER NOT NULL REFERENCES enterprise(id),
            code TEXT NOT NULL CHECK (trim(code) <> ''),
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            kind TEXT NOT NULL CHECK (kind IN ('production', 'storage')),
            people_within_500m INTEGER NOT NULL CHECK (people_within_500m >= 0),
            position INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (enterprise_id, code)
        );
        CREATE TABLE hazard_unit_chemical (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            unit_id INTEGER NOT NULL REFERENCES hazard_unit(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT,
            cas TEXT,
            categories TEXT NOT NULL DEFAULT '[]' \(jsonArray("categories")),
            quantity TEXT NOT NULL \(positiveDecimal("quantity")),
            unit TEXT NOT NULL CHECK (unit IN ('t', 'kg', 'm3', 'L')),
            density TEXT \(positiveDecimal("density", nullable: true)),
            CHECK (name IS NOT NULL OR cas IS NOT NULL),
            CHECK (unit NOT IN ('m3', 'L') OR density IS NOT NULL)
        );
        CREATE INDEX hazard_unit_chemical_unit ON hazard_unit_chemical(unit_id, position);
        """
}
