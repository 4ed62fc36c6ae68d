import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// The enterprise `id` with its grade history and hazards, or nil when it does not exist or is outside `scope`.
    package func enterpriseDetail(id: Int64, scope: AccessScope) throws(StoreError) -> EnterpriseDetail? {
        let today = LocalDate.today(now())
        let cycle = assessmentCycle
        return try read { db in
            let sql: SQL = """
                SELECT e.*, r.name AS county_name, \(sql: PageSQL.lastAssessed) AS last_assessed FROM enterprise e JOIN region r ON r.code = e.county_code
                WHERE e.id = \(id) AND \(scope.condition(enterprise: "e"))
                """
            guard let row = try Row.fetchOne(db, SQLRequest(literal: sql)) else { return nil }
            let grades = try Row.fetchAll(
                db,
                sql: """
                    SELECT a.*, p.name AS panel_name, d.class AS disposition FROM assessment a
                    LEFT JOIN panel p ON p.id = a.panel_id LEFT JOIN panel_visit v ON v.assessment_id = a.id
                    LEFT JOIN disposition d ON d.assessment_id = a.id
                    WHERE a.enterprise_id = ? AND \(scope.assessmentCondition("a")) ORDER BY a.status IN \(PageSQL.signedStatuses) DESC, \(CountedAssessment.latestFirst("a", panel: "v"))
                    """, arguments: [id]
            ).map { a in
                EnterpriseDetail.GradeRecord(
                    assessmentID: a["id"], version: a["version"], status: AssessmentStatus(rawValue: a["status"])!,
                    panelName: a["panel_name"], onSiteStart: a["on_site_start"], onSiteEnd: a["on_site_end"],
                    dueDate: a["due_date"], submittedDate: a["submitted_date"],
                    score: (a["score_tenths"] as Int?).map(Tenths.init(raw:)),
                    grade: (a["grade"] as String?).flatMap(Grade.init(rawValue:)),
                    disposition: (a["disposition"] as String?).flatMap(DispositionClass.init(rawValue:)),
                    submittedRecordedAt: a["submitted_recorded_at"])
            }
            let hazards = try Row.fetchAll(
                db,
                sql: """
                    SELECT h.*, h.status IN \(PageSQL.outstandingStatuses) AS outstanding FROM hazard h
                    WHERE h.enterprise_id = ?
                        AND h.assessment_id IN (SELECT a.id FROM assessment a WHERE \(scope.assessmentCondition("a")))
                    ORDER BY outstanding AND h.level = 'major' DESC, outstanding DESC, h.deadline IS NULL, h.deadline, h.id
                    """, arguments: [id]
            ).map { h in
                let deadline: LocalDate? = h["deadline"]
                return EnterpriseDetail.HazardRecord(
                    hazardID: h["id"], assessmentID: h["assessment_id"], itemID: h["item_id"],
                    description: h["description"], location: h["location"], level: HazardLevel(rawValue: h["level"])!,
                    criterionNumber: h["criterion_number"], measure: h["measure"], deadline: deadline,
                    responsiblePerson: h["responsible_person"], status: HazardStatus(rawValue: h["status"])!,
                    overdue: (h["outstanding"] as Bool) && deadline.map { $0 < today } == true)
            }
            let enterprise = try Enterprise(row: row)
            return EnterpriseDetail(
                enterprise: enterprise, countyName: row["county_name"], grades: grades, hazards: hazards,
                nextAssessment: cycle.due(
                    lastAssessed: row["last_assessed"], closed: enterprise.operatingStatus == .closed, today: today))
        }
    }
}
