import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// Streams the enterprise register to `body` inside one read transaction: every enterprise (of the county
    /// when `countyCode` is given) by county (configuration order), name and id, with its latest signed
    /// assessment (the rule of the monthly report: not replaced by a signed correction, latest on-site end),
    /// that assessment's disposition and the count of the enterprise's open major hazards.
    ///
    /// Rows come from a SQLite cursor, one at a time: memory stays flat however many enterprises there are.
    /// The sequence is only valid inside `body`. Errors thrown by `body` are rethrown as they are; database
    /// failures as ``StoreError``.
    package func withRegisterEntries<T>(countyCode: String? = nil, _ body: (RegisterEntries) throws -> T) throws -> T {
        let (cycle, today) = (assessmentCycle, LocalDate.today(now()))
        do {
            return try writer.read { db in
                let rows = try Row.fetchCursor(
                    db.cachedStatement(sql: Self.registerSQL), arguments: ["county": countyCode])
                let entries = RegisterEntries(rows: rows, cycle: cycle, today: today)
                let result = try body(entries)
                if let error = entries.error { throw error }
                return result
            }
        } catch let error as DatabaseError {
            throw StoreError.wrap(error)
        }
    }

    /// One row per enterprise with its latest counted assessment (`:county` a code or NULL).
    static let registerSQL = """
        SELECT e.credit_code, e.name, coalesce(r.name, e.county_code) AS county_name, e.kind, e.address,
            e.principal, e.contact_phone, e.licence_number, e.licence_expiry, e.in_chemical_park,
            (SELECT min(value) FROM json_each(e.major_hazard_levels)) AS major_hazard_level,
            json_array_length(e.hazardous_processes) AS process_count, e.standardisation_level, e.operating_status,
            e.self_reactive_units,
            coalesce(a.on_site_end, p.on_site_end) AS last_day, a.score_tenths, a.grade, d.class AS disposition,
            (SELECT count(*) FROM hazard h WHERE h.enterprise_id = e.id AND h.status IN ('open', 'rectifying')
                AND h.level = 'major') AS open_major
        FROM enterprise e
        LEFT JOIN region r ON r.code = e.county_code
        LEFT JOIN assessment a ON a.id = \(CountedAssessment.id(of: "e.id"))
        LEFT JOIN panel_visit p ON p.assessment_id = a.id
        LEFT JOIN disposition d ON d.assessment_id = a.id
        WHERE :county IS NULL OR e.county_code = :county
        ORDER BY coalesce(r.position, 2147483647), e.county_code, e.name, e.id
        """
}

/// The register rows of one read transaction, yielded one at a time from a SQLite cursor (see
/// ``AppDatabase/withRegisterEntries(countyCode:_:)``); iterate it once, inside the closure only.
package final class RegisterEntries: Sequence, IteratorProtocol {
    private let rows: RowCursor
    /// The failure that ended the iteration early, rethrown by the query after the closure returns.
    private(set) var error: (any Error)?

    private let cycle: AssessmentCycle
    private let today: LocalDate

    init(rows: RowCursor, cycle: AssessmentCycle, today: LocalDate) {
        self.rows = rows
        self.cycle = cycle
        self.today = today
    }

    /// The next enterprise; nil at the end or after a failure.
    package func next() -> RegisterEntry? {
        guard error == nil else { return nil }
        do {
            guard let row = try rows.next() else { return nil }
            return try entry(row)
        } catch {
            self.error = error
            return nil
        }
    }

    /// The entry of one cursor row (read before the cursor moves on).
    private func entry(_ row: Row) throws -> RegisterEntry {
        let code: String = row["credit_code"]
        func bad(_ column: String) -> StoreError {
            StoreError(.database, field: column, entity: "企业 \(code)", message: "数据库中的值无效")
        }
        guard let kind = EnterpriseKind(rawValue: row["kind"]) else { throw bad("kind") }
        guard let status = OperatingStatus(rawValue: row["operating_status"]) else { throw bad("operating_status") }
        var grade: Grade?
        if let text: String = row["grade"] {
            guard let value = Grade(rawValue: text) else { throw bad("grade") }
            grade = value
        }
        var disposition: DispositionClass?
        if let text: String = row["disposition"] {
            guard let value = DispositionClass(rawValue: text) else { throw bad("class") }
            disposition = value
        }
        let lastAssessment: LocalDate? = row["last_day"]
        var entry = RegisterEntry(
            creditCode: code, name: row["name"], countyName: row["county_name"], kind: kind, address: row["address"],
            principal: row["principal"], contactPhone: row["contact_phone"], licenceNumber: row["licence_number"],
            licenceExpiry: row["licence_expiry"], inChemicalPark: row["in_chemical_park"],
            majorHazardLevel: row["major_hazard_level"], hazardousProcessCount: row["process_count"],
            standardisationLevel: row["standardisation_level"], operatingStatus: status,
            lastAssessment: lastAssessment, score: (row["score_tenths"] as Int?).map(Tenths.init(raw:)), grade: grade,
            disposition: disposition, openMajorHazards: row["open_major"])
        entry.selfReactiveUnits = row["self_reactive_units"]
        entry.nextAssessment = cycle.due(lastAssessed: lastAssessment, closed: status == .closed, today: today)
        return entry
    }
}
