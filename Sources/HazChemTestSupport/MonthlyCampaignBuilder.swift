import Foundation
import HazChemCore
import HazChemStore

/// Builds small hand-made campaigns for the monthly-report tests: regions, enterprises, experts and panels
/// through the store API; table snapshots, assessments, hazards, spot checks, signatures and dispositions
/// through the store's bulk writer (``AppDatabase/bulkWrite(actor:action:entity:entityID:_:)``), which stores
/// them in the order the immutability triggers allow.
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
        let stored = Self.moment("2019-06-01")
        try bulkWrite("table_snapshot") { writer in
            try writer.insertTableSnapshot(
                hash: Self.gradingHash, tableID: "production-storage", kind: "grading", version: "2018", yaml: grading,
                storedAt: stored)
            try writer.insertTableSnapshot(
                hash: Self.checklistHash, tableID: "production-storage-checklist", kind: "checklist", version: "2019",
                yaml: "kind: checklist", storedAt: stored)
            return Self.checklistHash
        }
    }

    /// The tables every built assessment records.
    package static let tables = BulkTableRefs(
        grading: .init(id: "production-storage", version: "2018", hash: gradingHash),
        checklist: .init(id: "production-storage-checklist", version: "2019", hash: checklistHash))

    /// Runs `body` in one bulk write audited as the test builder's (`after` its result).
    private func bulkWrite<T: Encodable>(_ entity: String, _ body: (CampaignBulkWriter) throws -> T) throws -> T {
        try database.bulkWrite(actor: actor, action: "build", entity: entity, entityID: nil, body)
    }

    /// Midnight UTC of day `text` (`YYYY-MM-DD`).
    static func moment(_ text: String) -> Date {
        Date(timeIntervalSince1970: TimeInterval(day(text).daysSinceUnixEpoch * 86_400))
    }

    /// The day of `text` (`YYYY-MM-DD`).
    static func day(_ text: String) -> LocalDate {
        guard let day = LocalDate(parsing: text) else { preconditionFailure("not a day: \(text)") }
        return day
    }

    /// A valid credit code numbered `n` (`9115220` + ten digits + the GB 32100 check character).
    package static func creditCode(_ n: Int) -> CreditCode {
        let digits = String(n)
        let body = "9115220" + String(repeating: "0", count: 10 - digits.count) + digits
        return CreditCode.completing(body)!
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
        return try database.createPanel(
            name: "\(tag)专家组", enterpriseID: enterprise.id!,
            onSite: (LocalDate(parsing: start)!, LocalDate(parsing: end)!), assignments: assignments, actor: actor
        ).panel
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
    /// moves it to its status; returns its id. The due date is the 10-day rule's (on-site end + 10).
    @discardableResult
    package func assessment(_ spec: AssessmentSpec) throws -> Int64 {
        let start = Self.day(spec.onSite.start)
        let end = Self.day(spec.onSite.end)
        let graded = spec.status.isFrozen || spec.status == .submitted
        var version = BulkAssessmentVersion(
            status: spec.status, onSite: (start, end), dueDate: end.adding(days: ReportDeadline.days),
            submittedDate: spec.submitted.map(Self.day), tables: Self.tables, createdAt: Self.moment(spec.onSite.start),
            updatedAt: Self.moment(spec.onSite.end))
        if graded {
            version.score = Tenths(parsing: spec.score)
            version.grade = spec.grade
        }
        version.directRed = spec.directRed
        version.spotChecks = spec.spotChecks.enumerated().map { index, passed in
            SpotCheck(assessmentID: 0, person: "员工\(index + 1)", role: .worker, result: passed ? .passed : .failed)
        }
        if spec.status.isFrozen, let panel = spec.panel, let detail = try database.panelDetail(id: panel.id!) {
            let day = Self.day(spec.submitted ?? spec.onSite.end)
            version.signatures = detail.seats.filter { $0.member.role != .regulator }.map { ($0.expert.id!, day, nil) }
        }
        if let (dispositionClass, action, day) = spec.disposition {
            version.disposition = Disposition(
                assessmentID: 0, dispositionClass: dispositionClass, action: action, reason: "",
                decisionDate: Self.day(day), bureau: "", createdAt: Self.moment(day))
        }
        return try bulkWrite("assessment") { writer in
            try writer.insertAssessment(
                version, enterpriseID: spec.enterprise.id!, panelID: spec.panel?.id,
                version: try writer.nextVersion(after: spec.corrects), previous: spec.corrects)
        }
    }

    /// Stores a hazard of an assessment; `rectified` is the day it was rectified (for rectified and verified).
    package func hazard(
        of assessmentID: Int64, _ level: HazardLevel, status: HazardStatus = .open, deadline: String?,
        rectified: String? = nil
    ) throws {
        var hazard = BulkHazard(
            description: "隐患", level: level, createdAt: Self.moment("2019-06-01"), updatedAt: Self.moment("2019-06-01"))
        hazard.deadline = deadline.map(Self.day)
        hazard.status = status
        hazard.rectifiedAt = rectified.map(Self.day)
        hazard.verifiedAt = status == .verified ? hazard.rectifiedAt : nil
        try bulkWrite("hazard") { writer in
            try writer.insertHazards([hazard], assessmentID: assessmentID)
            return assessmentID
        }
    }
}
