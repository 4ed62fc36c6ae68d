import Foundation
import GRDB
import HazChemCore
import HazChemStore

/// Writes the demo campaign in the caller's transaction through prepared statements.
///
/// The many child rows of an assessment (checklist responses, answers, spot checks, signatures, hazards)
/// go in one statement each: the rows travel as one JSON array and SQLite expands them with `json_each`;
/// the 符合 responses are expanded from a temporary table of the checklist's items, so only the items that
/// are not 符合 are sent. Child rows are inserted while the assessment is still unsigned and the status
/// is raised afterwards, as the real lifecycle does, so the immutability triggers stay in force.
struct DemoCampaignWriter {
    let db: Database
    let enterprise: Statement
    let panel: Statement
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
                CREATE TEMP TABLE demo_item (checklist TEXT NOT NULL, ord INTEGER NOT NULL, item_id TEXT NOT NULL,
                    specialty TEXT NOT NULL, PRIMARY KEY (checklist, ord)) WITHOUT ROWID
                """)
        let columns = Enterprise.valueColumns
        enterprise = try db.makeStatement(
            sql: "INSERT INTO enterprise (\(columns.joined(separator: ", "))) VALUES (\(Self.marks(columns.count)))")
        panel = try db.makeStatement(
            sql:
                "INSERT INTO panel (name, enterprise_id, on_site_start, on_site_end, created_at) VALUES (?, ?, ?, ?, ?)"
        )
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
                INSERT INTO signature (assessment_id, expert_id, signed_at)
                SELECT ?1, CAST(value ->> 0 AS INTEGER), value ->> 1 FROM json_each(?2)
                """)
        hazards = try db.makeStatement(sql: Self.hazardsSQL)
        disposition = try db.makeStatement(
            sql: """
                INSERT INTO disposition (assessment_id, class, closure_action, reason, decision_date, bureau, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
        status = try db.makeStatement(
            sql: "UPDATE assessment SET status = ?, signed_date = coalesce(?, signed_date), updated_at = ? WHERE id = ?"
        )
    }

    /// Drops the temporary item table.
    func finish() throws { try db.execute(sql: "DROP TABLE temp.demo_item") }

    private static func marks(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ", ") }

    /// A JSON array of rows of texts.
    static func json(_ rows: [[String]]) -> String {
        var out = "["
        for (index, row) in rows.enumerated() {
            out += index == 0 ? "[" : ",["
            for (column, text) in row.enumerated() {
                if column > 0 { out += "," }
                out += quoted(text)
            }
            out += "]"
        }
        return out + "]"
    }

    /// The characters a JSON string must escape, for `strcspn`.
    private static let special: [CChar] = (1..<32).map { CChar($0) } + [CChar(0x22), CChar(0x5C), 0]

    /// `text` as a JSON string: copied as it is unless it holds a character that needs escaping (the C library
    /// scans for them far faster than a Swift loop in a debug build).
    private static func quoted(_ text: String) -> String {
        let plain = text.withCString { chars in special.withUnsafeBufferPointer { strcspn(chars, $0.baseAddress!) } }
        if plain == text.utf8.count { return "\"" + text + "\"" }
        let encoded = JSONText.encode([text])
        return String(encoded.dropFirst().dropLast())
    }

    /// Lists the items of a checklist in the temporary table (once per checklist).
    func addItems(_ index: DemoChecklistIndex) throws {
        let statement = try db.makeStatement(sql: "INSERT INTO temp.demo_item VALUES (?, ?, ?, ?)")
        for (position, entry) in index.entries.enumerated() {
            try statement.execute(arguments: [
                index.tables.checklistSource.hash, position, entry.item.id, entry.specialty.rawValue,
            ])
        }
    }

    /// Stores an enterprise created at `stamp`; returns its id.
    func insert(_ record: Enterprise, stamp: String) throws -> Int64 {
        var values = record.databaseValues.dropLast(2).map { $0?.databaseValue ?? .null }
        values += [stamp.databaseValue, stamp.databaseValue]
        try enterprise.execute(arguments: StatementArguments(values))
        return db.lastInsertedRowID
    }

    /// Stores a panel and its members (`panel_member` rows as JSON); returns its id.
    func insertPanel(name: String, enterpriseID: Int64, visit: DemoVisit, stamp: String, members rows: String) throws
        -> Int64
    {
        try panel.execute(arguments: [
            name, enterpriseID, DemoCampaignCalendar.text(visit.start), DemoCampaignCalendar.text(visit.end), stamp,
        ])
        let id = db.lastInsertedRowID
        try members.execute(arguments: [id, rows])
        return id
    }
}
