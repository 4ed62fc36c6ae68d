import Foundation
import GRDB
import HazChemCore

extension AssessmentSeal {
    /// Seals assessment `id` as its rows stand now (at signing), unless it already is; returns the seal.
    ///
    /// `backfill` seals an assessment signed before seals existed (a migrated database, bulk-written rows): its
    /// hazards are listed as open, as every hazard is when an assessment is signed.
    @discardableResult
    package static func sealIfNeeded(_ db: Database, assessmentID id: Int64, at moment: Date, backfill: Bool = false)
        throws -> AssessmentSeal
    {
        if let existing = try fetch(db, assessmentID: id) { return existing }
        var content = try SealedContent.current(db, assessmentID: id)
        if backfill { for index in content.hazards.indices { content.hazards[index].status = .open } }
        let hash = SHA256.hex(try canonicalText(db, assessmentID: id, content: content))
        let seal = AssessmentSeal(
            assessmentID: id, code: code(ofHash: hash), contentHash: hash, sealedAt: moment, content: content)
        try db.cachedStatement(
            sql: """
                INSERT INTO assessment_seal (assessment_id, code, content_hash, content_json, sealed_at)
                VALUES (?, ?, ?, ?, ?)
                """
        ).execute(arguments: [id, seal.code, hash, try content.jsonText(), moment])
        return seal
    }

    /// The seal of assessment `id`, nil when it is not signed.
    static func fetch(_ db: Database, assessmentID id: Int64) throws -> AssessmentSeal? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM assessment_seal WHERE assessment_id = ?"), arguments: [id]
        )
        .map(AssessmentSeal.init(row:))
    }

    /// The seal carrying `code` (normalised), nil when none does.
    static func fetch(_ db: Database, code: String) throws -> AssessmentSeal? {
        try Row.fetchOne(db, sql: "SELECT * FROM assessment_seal WHERE code = ?", arguments: [code])
            .map(AssessmentSeal.init(row:))
    }

    /// Whether the stored rows and the kept content still hash to the sealed ``contentHash``.
    func matches(_ db: Database) throws -> Bool {
        SHA256.hex(try Self.canonicalText(db, assessmentID: assessmentID, content: content)) == contentHash
    }

    /// The columns hashed, per table, in a fixed order. Pinned here rather than read from the schema, so a
    /// column added by a later migration does not change the text of assessments sealed before it.
    static let hashedColumns: [(table: String, key: String, order: String, columns: [String])] = [
        ("assessment", "id", "id", Schema.frozenAssessmentColumns),
        (
            "checklist_response", "assessment_id", "item_id",
            [
                "assessment_id", "deadline", "entered_at", "expert_id", "finding", "item_id", "location",
                "marked_major", "measure", "response", "responsible_person",
            ]
        ),
        ("grading_answer", "assessment_id", "rule_id", ["assessment_id", "rule_id", "source", "updated_at", "value"]),
        ("spot_check", "assessment_id", "id", ["assessment_id", "id", "note", "person", "result", "role"]),
        ("signature", "assessment_id", "expert_id", ["assessment_id", "expert_id", "signed_at"]),
    ]

    /// The text hashed: the kept content's JSON, then every frozen row of the assessment as a JSON array of its
    /// ``hashedColumns`` (JSON keeps 1, '1' and 1.0 apart), tables in a fixed order, rows in key order. SQLite
    /// builds the rows' text, one query per table.
    static func canonicalText(_ db: Database, assessmentID id: Int64, content: SealedContent) throws -> String {
        var text = "content " + (try content.jsonText())
        for (table, key, order, columns) in hashedColumns {
            let rows = try String.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT group_concat('\(table) ' || json_array(\(columns.joined(separator: ", "))), char(10))
                        FROM (SELECT * FROM \(table) WHERE \(key) = ? ORDER BY \(order))
                        """), arguments: [id])
            if let rows { text += "\n" + rows }
        }
        return text
    }

    init(row: Row) throws {
        let json: String = row["content_json"]
        self.init(
            assessmentID: row["assessment_id"], code: row["code"], contentHash: row["content_hash"],
            sealedAt: row["sealed_at"],
            content: try JSONDecoder().decode(SealedContent.self, from: Data(json.utf8)))
    }
}

extension SealedContent {
    /// The kept parts as the rows stand now.
    static func current(_ db: Database, assessmentID id: Int64) throws -> SealedContent {
        guard
            let assessment = try Row.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT a.panel_id, a.signed_date, a.on_site_start, a.on_site_end, e.name, e.credit_code
                        FROM assessment a JOIN enterprise e ON e.id = a.enterprise_id WHERE a.id = ?
                        """), arguments: [id])
        else { throw StoreError(.notFound, entity: "评估 \(id)", message: "评估不存在") }
        var panel: Panel?
        let panelID: Int64? = assessment["panel_id"]
        if let panelID,
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT name FROM panel WHERE id = ?"), arguments: [panelID])
        {
            // The people present: the panel's members less those on leave from this visit.
            let visit = try AppDatabase.visit(db, assessmentID: id)
            let members = try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT m.expert_id, m.role, m.specialty, x.name, x.organisation, x.title FROM panel_member m
                        JOIN expert x ON x.id = m.expert_id WHERE m.panel_id = ?
                            AND m.expert_id NOT IN (SELECT c.expert_id FROM panel_member_change c
                                WHERE c.kind = 'leave' AND c.visit_id IS ?)
                        ORDER BY CASE m.role WHEN 'leader' THEN 0 WHEN 'member' THEN 1 ELSE 2 END, m.expert_id
                        """), arguments: [panelID, visit?.id]
            ).map { row in
                Member(
                    expertID: row["expert_id"], name: row["name"], organisation: row["organisation"],
                    title: row["title"], specialty: Specialty(rawValue: row["specialty"]) ?? .safetyManagement,
                    role: row["role"])
            }
            let start = (assessment["on_site_start"] as String?) ?? visit?.onSiteStart.description ?? ""
            let end = (assessment["on_site_end"] as String?) ?? visit?.onSiteEnd.description ?? ""
            panel = Panel(name: row["name"], onSiteStart: start, onSiteEnd: end, members: members)
        }
        let hazards = try Row.fetchAll(
            db, sql: "SELECT * FROM hazard WHERE assessment_id = ? ORDER BY id", arguments: [id]
        )
        .map { row in
            SignedHazard(
                id: row["id"], itemID: row["item_id"], description: row["description"], location: row["location"],
                basis: row["basis"], level: HazardLevel(rawValue: row["level"]) ?? .general,
                criterionNumber: row["criterion_number"], measure: row["measure"], deadline: row["deadline"],
                responsiblePerson: row["responsible_person"],
                status: HazardStatus(rawValue: row["status"]) ?? .open)
        }
        return SealedContent(
            enterprise: EnterpriseName(name: assessment["name"], creditCode: assessment["credit_code"]), panel: panel,
            signedDate: assessment["signed_date"], hazards: hazards)
    }
}
