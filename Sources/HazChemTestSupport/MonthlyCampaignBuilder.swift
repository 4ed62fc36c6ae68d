import Foundation
import GRDB
import HazChemCore
import HazChemStore

/// Builds small hand-made campaigns for the monthly-report tests: regions, enterprises, experts and panels
/// through the store API; assessments, hazards, spot checks, signatures and dispositions with direct SQL
/// (the assessment lifecycle API is written elsewhere), always in the order the immutability triggers allow.
package struct MonthlyCampaignBuilder {
    /// The database being filled.
    package let database: AppDatabase
    /// The actor recorded in the audit log.
    package let actor = "测试员"
    /// The hash under which the shipped production/storage grading table is stored as a snapshot.
    package static let gradingHash = String(repeating: "a", count: 64)
    /// The hash of the (placeholder) checklist snapshot.
    package static let checklistHash = String(repeating: "b", count: 64)

    /// The test regions: 兴安盟 with 乌兰浩特市 (152201) and 阿尔山市 (152202).
    package static let regions = [
        Region(code: "152200", name: "兴安盟", level: .prefecture, parentCode: nil, position: 0),
        Region(code: "152201", name: "乌兰浩特市", level: .county, parentCode: "152200", position: 1),
        Region(code: "152202", name: "阿尔山市", level: .county, parentCode: "152200", position: 2, aliases: ["阿市"]),
    ]

    /// Wraps `database` (usually `AppDatabase.empty()` or a file database), storing the regions and the
    /// grading and checklist snapshots.
    package init(_ database: AppDatabase) throws {
        self.database = database
        try database.syncRegions(Self.regions, actor: actor)
        let grading = try String(
            contentsOf: RepositoryPaths.checklists.appendingPathComponent("production-storage.yaml"), encoding: .utf8)
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO table_snapshot (hash, table_id, kind, version, yaml, stored_at) VALUES
                    (?, 'production-storage', 'grading', '2018', ?, '2019-06-01'),
                    (?, 'production-storage-checklist', 'checklist', '2019', 'kind: checklist', '2019-06-01')
                    """, arguments: [Self.gradingHash, grading, Self.checklistHash])
        }
    }

    /// Runs raw SQL in a write transaction (the store keeps its writer internal; it is a `DatabaseWriter`).
    package func write<T>(_ body: (Database) throws -> T) throws -> T {
        guard let writer = database.reader as? any DatabaseWriter else {
            preconditionFailure("AppDatabase.reader is always its writer")
        }
        return try writer.write(body)
    }

    /// A valid credit code numbered `n` (`9115220` + ten digits + the GB 32100 check character).
    package static func creditCode(_ n: Int) -> CreditCode {
        let digits = String(n)
        let body = "9115220" + String(repeating: "0", count: 10 - digits.count) + digits
        let sum = zip(body, CreditCode.weights).reduce(0) { $0 + CreditCode.alphabet.firstIndex(of: $1.0)! * $1.1 }
        return CreditCode(body + String(CreditCode.alphabet[(31 - sum % 31) % 31]))!
    }

    /// Stores enterprise `n` named `name`.
    @discardableResult
    package func enterprise(
        _ n: Int, _ name: String, county: String, kind: EnterpriseKind, status: OperatingStatus = .operating
    ) throws -> Enterprise {
        try database.addEnterprise(
            Enterprise(
                creditCode: Self.creditCode(n), name: name, countyCode: county, kind: kind, operatingStatus: status),
            actor: actor)
    }

    /// Forms a panel for `enterprise` with a fresh team: a leader (named `leader`) and three members covering
    /// the four required specialties, `extraMembers` more members (equipment) and `regulators` regulators.
    package func panel(
        for enterprise: Enterprise, start: String, end: String, leader: String, extraMembers: Int = 0,
        regulators: Int = 1
    ) throws -> Panel {
        func add(_ name: String, _ specialty: Specialty) throws -> Int64 {
            try database.addExpert(Expert(name: name, specialty: specialty), actor: actor).id!
        }
        let tag = enterprise.name
        var assignments = [Panel.Assignment(expertID: try add(leader, .safetyManagement), role: .leader)]
        for specialty in [Specialty.chemicalDesign, .electricalInstrumentation, .emergencyRescue] {
            assignments.append(.init(expertID: try add("\(tag)\(specialty.label)专家", specialty), role: .member))
        }
        for index in 0..<extraMembers {
            assignments.append(.init(expertID: try add("\(tag)设备专家\(index + 1)", .equipment), role: .member))
        }
        for index in 0..<regulators {
            assignments.append(.init(expertID: try add("\(tag)监管员\(index + 1)", .safetyManagement), role: .regulator))
        }
        let panel = Panel(
            name: "\(tag)专家组", enterpriseID: enterprise.id!, onSiteStart: LocalDate(parsing: start)!,
            onSiteEnd: LocalDate(parsing: end)!)
        return try database.createPanel(panel, assignments: assignments, actor: actor).panel
    }

    /// What to store for one assessment.
    package struct AssessmentSpec {
        /// The enterprise assessed.
        package var enterprise: Enterprise
        /// Its panel.
        package var panel: Panel?
        /// The final status.
        package var status: AssessmentStatus = .signed
        /// The assessment this one corrects (its version + 1 is used).
        package var corrects: Int64?
        /// On-site start and end, `YYYY-MM-DD`.
        package var onSite: (start: String, end: String)
        /// The report's submission day, nil when not submitted.
        package var submitted: String?
        /// The score, such as `"85.5"`.
        package var score: String = "80"
        /// The grade.
        package var grade: Grade = .yellow
        /// Direct-red condition ids.
        package var directRed: [String] = []
        /// Spot-check results: true for passed.
        package var spotChecks: [Bool] = []
        /// A disposition (class, closure action, decision day); stored before the final status.
        package var disposition: (DispositionClass, ClosureAction?, String)?

        /// Describes an assessment; the other properties have defaults.
        package init(
            enterprise: Enterprise, panel: Panel?, onSite: (start: String, end: String), submitted: String?,
            score: String = "80", grade: Grade = .yellow
        ) {
            self.enterprise = enterprise
            self.panel = panel
            self.onSite = onSite
            self.submitted = submitted
            self.score = score
            self.grade = grade
        }
    }

    /// Stores an assessment with its spot checks, one signature per panel expert and its disposition, then
    /// moves it to its status; returns its id. The due date is left to the 10-day rule (on-site end + 10).
    @discardableResult
    package func assessment(_ spec: AssessmentSpec) throws -> Int64 {
        try write { db in
            let version =
                try spec.corrects.map {
                    try Int.fetchOne(db, sql: "SELECT version FROM assessment WHERE id = ?", arguments: [$0])! + 1
                } ?? 1
            let graded = spec.status.isFrozen || spec.status == .submitted
            try db.execute(
                sql: """
                    INSERT INTO assessment (enterprise_id, panel_id, version, previous_version_id, status,
                        on_site_start, on_site_end, due_date, submitted_date, grading_table_id, grading_table_version,
                        grading_table_hash, checklist_table_id, checklist_table_version, checklist_table_hash,
                        score_tenths, grade, direct_red, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, date(?, '+10 days'), ?, 'production-storage', '2018', ?,
                        'production-storage-checklist', '2019', ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    spec.enterprise.id, spec.panel?.id, version, spec.corrects,
                    spec.status == .planned ? "planned" : (spec.status == .onSite ? "onSite" : "submitted"),
                    spec.onSite.start, spec.onSite.end, spec.onSite.end, spec.submitted, Self.gradingHash,
                    Self.checklistHash, graded ? Tenths(parsing: spec.score)!.raw : nil,
                    graded ? spec.grade.rawValue : nil,
                    "[" + spec.directRed.map { "\"\($0)\"" }.joined(separator: ",") + "]",
                    spec.onSite.start, spec.onSite.end,
                ])
            let id = db.lastInsertedRowID
            for (index, passed) in spec.spotChecks.enumerated() {
                try db.execute(
                    sql: "INSERT INTO spot_check (assessment_id, person, role, result) VALUES (?, ?, 'worker', ?)",
                    arguments: [id, "员工\(index + 1)", passed ? "passed" : "failed"])
            }
            guard spec.status.isFrozen else { return id }
            if let panel = spec.panel {
                try db.execute(
                    sql: """
                        INSERT INTO signature (assessment_id, expert_id, signed_at)
                        SELECT ?, expert_id, ? FROM panel_member WHERE panel_id = ? AND role <> 'regulator'
                        """, arguments: [id, spec.submitted ?? spec.onSite.end, panel.id])
            }
            try db.execute(sql: "UPDATE assessment SET status = 'signed' WHERE id = ?", arguments: [id])
            if let (disposition, action, day) = spec.disposition {
                try db.execute(
                    sql: """
                        INSERT INTO disposition (assessment_id, class, closure_action, reason, decision_date, created_at)
                        VALUES (?, ?, ?, '', ?, ?)
                        """, arguments: [id, disposition.rawValue, action?.rawValue, day, day])
            }
            if spec.status == .dispositionDecided {
                try db.execute(sql: "UPDATE assessment SET status = 'dispositionDecided' WHERE id = ?", arguments: [id])
            }
            return id
        }
    }

    /// Stores a hazard of an assessment; `rectified` is the day it was rectified (for rectified and verified).
    package func hazard(
        of assessmentID: Int64, _ level: HazardLevel, status: HazardStatus = .open, deadline: String?,
        rectified: String? = nil
    ) throws {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO hazard (assessment_id, enterprise_id, description, level, deadline, status,
                        rectified_at, verified_at, created_at, updated_at)
                    SELECT id, enterprise_id, '隐患', ?, ?, ?, ?, ?, '2019-06-01', '2019-06-01'
                    FROM assessment WHERE id = ?
                    """,
                arguments: [
                    level.rawValue, deadline, status.rawValue, rectified, status == .verified ? rectified : nil,
                    assessmentID,
                ])
        }
    }
}
