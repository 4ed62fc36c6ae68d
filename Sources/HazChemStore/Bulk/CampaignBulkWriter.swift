import Foundation
import GRDB
import HazChemCore

/// Writes a whole campaign's rows in the transaction of ``AppDatabase/bulkWrite(actor:action:entity:entityID:_:)``
/// through prepared statements, from typed values.
///
/// The many child rows of an assessment (checklist responses, answers, spot checks, signatures, hazards)
/// go in one statement each: the rows travel as one JSON array and SQLite expands them with `json_each`;
/// the 符合 responses are expanded from a temporary table of the checklist's items
/// (``registerChecklist(_:specialties:snapshotAt:)``), so only the items that are not 符合 are sent. Child rows
/// are inserted while the assessment is still unsigned and the status is raised afterwards, as the real
/// lifecycle does, so the immutability triggers stay in force. No audit rows are written per row.
package struct CampaignBulkWriter {
    let db: Database
    let enterprise: Statement
    let panel: Statement
    let visit: Statement
    let linkVisit: Statement
    let members: Statement
    let assessment: Statement
    let conforming: Statement
    let exceptions: Statement
    let answers: Statement
    let spotChecks: Statement
    let signatures: Statement
    let hazards: Statement
    let disposition: Statement
    let status: Statement

    /// Prepares the statements and the temporary item table.
    init(_ db: Database) throws {
        self.db = db
        try db.execute(
            sql: """
                CREATE TEMP TABLE bulk_item (checklist TEXT NOT NULL, ord INTEGER NOT NULL, item_id TEXT NOT NULL,
                    specialty TEXT NOT NULL, PRIMARY KEY (checklist, ord)) WITHOUT ROWID
                """)
        let columns = Enterprise.valueColumns
        enterprise = try db.makeStatement(
            sql: "INSERT INTO enterprise (\(columns.joined(separator: ", "))) VALUES (\(Self.marks(columns.count)))")
        panel = try db.makeStatement(sql: "INSERT INTO panel (name, region_code, created_at) VALUES (?, ?, ?)")
        visit = try db.makeStatement(
            sql: """
                INSERT INTO panel_visit (panel_id, enterprise_id, on_site_start, on_site_end, created_at)
                VALUES (?, ?, ?, ?, ?)
                """)
        linkVisit = try db.makeStatement(
            sql: """
                UPDATE panel_visit SET assessment_id = ?1 WHERE id = (SELECT id FROM panel_visit
                    WHERE panel_id = ?2 AND enterprise_id = ?3 AND assessment_id IS NULL ORDER BY on_site_start, id LIMIT 1)
                """)
        members = try db.makeStatement(
            sql: """
                INSERT INTO panel_member (panel_id, expert_id, role, specialty)
                SELECT ?1, CAST(value ->> 0 AS INTEGER), value ->> 1, value ->> 2 FROM json_each(?2)
                """)
        assessment = try db.makeStatement(sql: Self.assessmentSQL)
        conforming = try db.makeStatement(sql: Self.conformingSQL)
        exceptions = try db.makeStatement(sql: Self.exceptionsSQL)
        answers = try db.makeStatement(
            sql: """
                INSERT INTO grading_answer (assessment_id, rule_id, value, source, updated_at)
                SELECT ?1, value ->> 0, CAST(value ->> 1 AS INTEGER), value ->> 2, ?3 FROM json_each(?2)
                """)
        spotChecks = try db.makeStatement(
            sql: """
                INSERT INTO spot_check (assessment_id, person, role, result, note)
                SELECT ?1, value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each(?2) ORDER BY key
                """)
        signatures = try db.makeStatement(
            sql: """
                INSERT INTO signature (assessment_id, expert_id, signed_at, recorded_at)
                SELECT ?1, CAST(value ->> 0 AS INTEGER), value ->> 1, value ->> 2 FROM json_each(?2)
                """)
        hazards = try db.makeStatement(sql: Self.hazardsSQL)
        disposition = try db.makeStatement(
            sql: """
                INSERT INTO disposition (assessment_id, class, closure_action, reason, decision_date, bureau, created_at,
                    recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        status = try db.makeStatement(
            sql: """
                UPDATE assessment SET status = ?, signed_date = coalesce(?, signed_date),
                    updated_at = coalesce(?, updated_at) WHERE id = ?
                """)
    }

    /// Drops the temporary item table.
    func finish() throws { try db.execute(sql: "DROP TABLE temp.bulk_item") }

    private static func marks(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ", ") }

    // MARK: - Reading in the transaction

    /// Refuses a database that already holds enterprises, experts, panels or assessments.
    package func requireEmptyCampaign() throws {
        let used =
            try Int.fetchOne(
                db,
                sql: """
                    SELECT (SELECT count(*) FROM enterprise) + (SELECT count(*) FROM expert)
                        + (SELECT count(*) FROM panel) + (SELECT count(*) FROM assessment)
                    """) ?? 0
        if used > 0 {
            throw StoreError(.conflict, message: "数据库中已有企业、专家或评估数据；演示数据只能生成到空数据库中")
        }
    }

    /// The regions in display order.
    package func regions() throws -> [Region] {
        try Region.order(Column("position"), Column("code")).fetchAll(db)
    }

    /// The version number a correction of assessment `previous` gets (1 without one).
    package func nextVersion(after previous: Int64?) throws -> Int {
        guard let previous else { return 1 }
        guard
            let version = try Int.fetchOne(
                db, sql: "SELECT version FROM assessment WHERE id = ?", arguments: [previous])
        else { throw StoreError(.notFound, message: "评估 \(previous) 不存在") }
        return version + 1
    }

    // MARK: - Tables

    /// Stores the snapshots of `tables` (unless stored) and lists its checklist's items with the specialty that
    /// answers each, in checklist order, for the 符合 responses of ``BulkAssessmentVersion/answered``. Once per
    /// checklist.
    package func registerChecklist(
        _ tables: AssessmentTables, specialties: [(itemID: String, specialty: Specialty)], snapshotAt: Date
    ) throws {
        try tables.storeSnapshots(db, at: snapshotAt)
        let statement = try db.makeStatement(sql: "INSERT INTO temp.bulk_item VALUES (?, ?, ?, ?)")
        for (position, entry) in specialties.enumerated() {
            try statement.execute(arguments: [
                tables.checklistSource.hash, position, entry.itemID, entry.specialty.rawValue,
            ])
        }
    }

    /// Stores a table snapshot under `hash` unless one is stored (for hand-made test tables).
    package func insertTableSnapshot(
        hash: String, tableID: String, kind: String, version: String, yaml: String, storedAt: Date
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO table_snapshot (hash, table_id, kind, version, yaml, stored_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING
                """, arguments: [hash, tableID, kind, version, yaml, storedAt])
    }

    // MARK: - People and enterprises

    /// Stores an enterprise created (and updated) at `moment`; returns its id. Check it first
    /// (``Enterprise/problems(regions:)``): nothing here validates.
    package func insertEnterprise(_ record: Enterprise, at moment: Date) throws -> Int64 {
        let stamp = BulkRows.stamp(moment).databaseValue
        var values = record.databaseValues.dropLast(2).map { $0?.databaseValue ?? .null }
        values += [stamp, stamp]
        try enterprise.execute(arguments: StatementArguments(values))
        return db.lastInsertedRowID
    }

    /// Stores the hazard units of an enterprise (GB 18218-2018) with their chemicals, in order.
    package func insertHazardUnits(_ units: [HazardUnit], enterpriseID: Int64, at moment: Date) throws {
        for (position, unit) in units.enumerated() {
            var record = HazardUnitRecord(
                unit, enterpriseID: enterpriseID, position: position, createdAt: moment, updatedAt: moment)
            try record.insert(db)
            for (line, chemical) in unit.chemicals.enumerated() {
                guard var row = HazardUnitChemicalRecord(chemical, unitID: record.id!, position: line) else {
                    throw StoreError(.invalidInput, field: "危险化学品", message: "单元“\(unit.name)”第\(line + 1)种物质无法保存")
                }
                try row.insert(db)
            }
        }
    }

    /// Sets an enterprise's operating status (a bureau's closure or suspension) at `moment`.
    package func setOperatingStatus(_ status: OperatingStatus, enterpriseID: Int64, at moment: Date) throws {
        try db.execute(
            sql: "UPDATE enterprise SET operating_status = ?, updated_at = ? WHERE id = ?",
            arguments: [status.rawValue, BulkRows.stamp(moment), enterpriseID])
    }

    /// Stores an expert (its times as given); returns it with its id.
    package func insertExpert(_ expert: Expert) throws -> Expert {
        var expert = expert
        try expert.insert(db)
        return expert
    }

    /// Stores a web user (password already hashed, times as given); returns it with its id.
    @discardableResult
    package func insertUser(_ user: AppUser) throws -> AppUser {
        var user = user
        try user.insert(db)
        return user
    }

    // MARK: - Panels and monthly reports

    /// A panel's members, encoded once for the many panels a standing team forms.
    package struct Members: Sendable {
        let json: String

        /// The members; a nil specialty is stored as NULL (the expert's own).
        package init(_ assignments: [Panel.Assignment]) {
            json = BulkRows.json(assignments.map { [String($0.expertID), $0.role.rawValue, $0.specialty?.rawValue] })
        }
    }

    /// Stores a panel (a team of a county or the prefecture) and its members; returns its id. Check it first
    /// (``PanelRules``): nothing here validates.
    package func insertPanel(name: String, regionCode: String, createdAt: Date, members: Members) throws -> Int64 {
        try panel.execute(arguments: [name, regionCode, BulkRows.stamp(createdAt)])
        let id = db.lastInsertedRowID
        try self.members.execute(arguments: [id, members.json])
        return id
    }

    /// Schedules a visit of a panel; returns its id. The first assessment version stored for the panel and the
    /// enterprise is linked to it. Check it first (``PanelRules``): nothing here validates.
    package func insertVisit(
        panelID: Int64, enterpriseID: Int64, onSite: (start: LocalDate, end: LocalDate), createdAt: Date
    ) throws -> Int64 {
        try visit.execute(arguments: [
            panelID, enterpriseID, onSite.start.description, onSite.end.description, BulkRows.stamp(createdAt),
        ])
        return db.lastInsertedRowID
    }

    /// Records a county's monthly report as submitted on `day` (recorded by the writer's clock at `recordedAt`;
    /// nil keeps none), its figures locked (awaiting review).
    package func insertMonthlySubmission(
        countyCode: String, period: MonthlyPeriod, submittedOn day: LocalDate, recordedAt: RecordedTime? = nil
    ) throws {
        // As the one submission path does: the county's figures and enterprise lines are stored and locked (here
        // as they stand when the rows are written).
        let report = try AppDatabase.liveMonthlyReport(db, for: period, county: countyCode, asOf: day)
        try db.execute(
            sql: """
                INSERT INTO monthly_submission (county_code, month, status, submitted_at, review_status, figures_json,
                    recorded_at)
                VALUES (?, ?, 'submitted', ?, 'submitted', ?, ?)
                """,
            arguments: [
                countyCode, period.description, day.description, try AppDatabase.snapshotText(report), recordedAt,
            ])
    }
}
