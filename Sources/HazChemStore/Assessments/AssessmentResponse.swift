import Foundation
import GRDB
import HazChemCore

/// One stored checklist response: the expert's answer to an item, the finding, and the hazard details the
/// panel proposes for a non-conforming item (used when the hazard is created at sign-off).
package struct AssessmentResponse: Sendable, Equatable, Codable {
    /// The assessment.
    package var assessmentID: Int64
    /// The checklist item id.
    package var itemID: String
    /// 符合, 不符合, 不适用 or 未查.
    package var response: ChecklistResponse
    /// 问题描述; required for a non-conforming item.
    package var finding: String
    /// Where the problem was found.
    package var location: String
    /// The expert judges the problem a major hazard even without a 121号 link.
    package var markedMajor: Bool
    /// The proposed rectification measure.
    package var measure: String
    /// The proposed rectification deadline.
    package var deadline: LocalDate?
    /// The proposed responsible person.
    package var responsiblePerson: String
    /// The expert who entered the response.
    package var expertID: Int64?
    /// When it was entered.
    package var enteredAt: Date
    /// The section's specialty when the expert answering covers another on the panel (the leader, or a member
    /// standing in for an absent specialty); nil when the expert answers their own.
    package var standInFor: Specialty? = nil

    /// Creates a response.
    package init(
        assessmentID: Int64, itemID: String, response: ChecklistResponse, finding: String = "", location: String = "",
        markedMajor: Bool = false, measure: String = "", deadline: LocalDate? = nil, responsiblePerson: String = "",
        expertID: Int64? = nil, enteredAt: Date
    ) {
        self.assessmentID = assessmentID
        self.itemID = itemID
        self.response = response
        self.finding = finding
        self.location = location
        self.markedMajor = markedMajor
        self.measure = measure
        self.deadline = deadline
        self.responsiblePerson = responsiblePerson
        self.expertID = expertID
        self.enteredAt = enteredAt
    }

    /// The response as the checklist logic sees it.
    package var entry: ChecklistResponses.Entry {
        ChecklistResponses.Entry(
            response, finding: finding.isEmpty ? nil : finding, location: location.isEmpty ? nil : location,
            markedMajor: markedMajor)
    }

    /// Whether the user-visible content equals `other`'s (entry time ignored).
    func hasSameContent(as other: AssessmentResponse) -> Bool {
        var a = self
        a.enteredAt = other.enteredAt
        return a == other
    }
}

// MARK: - Database

extension AssessmentResponse: FetchableRecord, PersistableRecord {
    package static let databaseTableName = "checklist_response"

    package enum CodingKeys: String, CodingKey {
        case assessmentID = "assessment_id"
        case itemID = "item_id"
        case response, finding, location
        case markedMajor = "marked_major"
        case measure, deadline
        case responsiblePerson = "responsible_person"
        case expertID = "expert_id"
        case enteredAt = "entered_at"
        case standInFor = "stand_in_for"
    }

    /// Decodes a row by hand: every answer save and assessment page reads all of an assessment's responses, and
    /// decoding them through `Codable` was the costliest part of a save (bench/README.md).
    package init(row: Row) throws {
        let text: String = row["response"]
        guard let response = ChecklistResponse(rawValue: text) else {
            throw StoreError(.database, field: "response", message: "检查结果“\(text)”无法识别")
        }
        self.init(
            assessmentID: row["assessment_id"], itemID: row["item_id"], response: response, finding: row["finding"],
            location: row["location"], markedMajor: row["marked_major"], measure: row["measure"],
            deadline: row["deadline"], responsiblePerson: row["responsible_person"], expertID: row["expert_id"],
            enteredAt: row["entered_at"])
        standInFor = (row["stand_in_for"] as String?).flatMap(Specialty.init(rawValue:))
    }
}

extension AssessmentResponse {
    /// The row's values in the order of the statements of ``store(_:inserting:)``: the key last.
    private var storedValues: StatementArguments {
        [
            response.rawValue, finding, location, markedMajor, measure, deadline, responsiblePerson, expertID,
            enteredAt, standInFor?.rawValue, assessmentID, itemID,
        ]
    }

    /// Inserts the row, or updates the stored row of its assessment and item, with statements prepared once per
    /// connection (what GRDB's `insert`/`update` write, without building the statement from the record each
    /// time: answer saves run it hundreds of times a second).
    func store(_ db: Database, inserting: Bool) throws {
        let sql =
            inserting
            ? """
            INSERT INTO checklist_response (response, finding, location, marked_major, measure, deadline,
                responsible_person, expert_id, entered_at, stand_in_for, assessment_id, item_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """
            : """
            UPDATE checklist_response SET response = ?, finding = ?, location = ?, marked_major = ?, measure = ?,
                deadline = ?, responsible_person = ?, expert_id = ?, entered_at = ?, stand_in_for = ?
            WHERE assessment_id = ? AND item_id = ?
            """
        try db.cachedStatement(sql: sql).execute(arguments: storedValues)
        if !inserting, db.changesCount == 0 {
            throw RecordError.recordNotFound(
                databaseTableName: Self.databaseTableName,
                key: ["assessment_id": assessmentID.databaseValue, "item_id": itemID.databaseValue])
        }
    }
}

extension ChecklistResponses {
    /// The responses of stored rows, for the checklist logic.
    init(checklistId: String, rows: [AssessmentResponse]) {
        self.init(
            checklistId: checklistId, entries: Dictionary(uniqueKeysWithValues: rows.map { ($0.itemID, $0.entry) }))
    }
}

extension AssessmentResponse {
    /// The stored row as a JSON object with sorted keys, built by SQLite (responses are entered by the hundred).
    private static let auditJSONExpression = """
        json_object('assessment_id', assessment_id, 'deadline', deadline, 'entered_at', entered_at,
            'expert_id', expert_id, 'finding', finding, 'item_id', item_id, 'location', location,
            'marked_major', json(iif(marked_major, 'true', 'false')), 'measure', measure,
            'responsible_person', responsible_person, 'response', response, 'stand_in_for', stand_in_for)
        """

    /// The stored row of `assessmentID` / `itemID` as audit JSON, nil when there is none.
    static func auditJSON(_ db: Database, assessmentID: Int64, itemID: String) throws -> String? {
        try String.fetchOne(
            db.cachedStatement(
                sql: "SELECT \(auditJSONExpression) FROM checklist_response WHERE assessment_id = ? AND item_id = ?"),
            arguments: [assessmentID, itemID])
    }

    /// Appends an audit row whose `after` is the stored row, in the caller's transaction.
    static func audit(
        _ db: Database, at: Date, actor: String, action: String, assessmentID: Int64, itemID: String, before: String?
    ) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
                SELECT ?, ?, ?, 'checklist_response', ?, ?, \(auditJSONExpression) FROM checklist_response
                WHERE assessment_id = ? AND item_id = ?
                """
        ).execute(arguments: [at, actor, action, "\(assessmentID)/\(itemID)", before, assessmentID, itemID])
    }
}
