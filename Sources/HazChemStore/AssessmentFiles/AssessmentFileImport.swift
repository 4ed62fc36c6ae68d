import Foundation
import GRDB
import HazChemCore
import HazChemTables

/// Records one assessment file in the caller's transaction, collecting every problem with the file's line
/// and field; the caller rolls back when ``problems`` is not empty.
final class AssessmentFileImport {
    let database: AppDatabase
    let session: AssessmentSession
    let file: AssessmentFile
    let fileName: String
    let tablesDirectory: URL?
    private(set) var problems: [StoreError.Problem] = []

    init(
        database: AppDatabase, session: AssessmentSession, file: AssessmentFile, fileName: String, tablesDirectory: URL?
    ) {
        self.database = database
        self.session = session
        self.file = file
        self.fileName = fileName
        self.tablesDirectory = tablesDirectory
    }

    var db: Database { session.db }

    /// Runs `body`; a store error is recorded at `path` (its line looked up in the file) and nil returned.
    func at<T>(_ path: String, fallback: String? = nil, _ body: () throws -> T) throws -> T? {
        do {
            return try body()
        } catch let error as StoreError {
            record(error.problems, at: path, fallback: fallback)
            return nil
        }
    }

    /// Records problems at `path` (the file field locates them; their own record and field names are dropped).
    func record(_ list: [StoreError.Problem], at path: String, fallback: String? = nil) {
        let line = file.line(of: path) ?? fallback.flatMap { file.line(of: $0) }
        for problem in list {
            problems.append(.init(file: fileName, row: line, field: path, message: problem.message))
        }
    }

    func record(_ message: String, at path: String, fallback: String? = nil) {
        record([.init(message: message)], at: path, fallback: fallback)
    }

    // MARK: Steps

    /// Imports everything; nil when a step failed (see ``problems``).
    func run() throws -> Assessment? {
        let enterprise = try enterprise()
        let experts = try members()
        let tables = try tables()
        guard let enterprise, let tables, experts.count == file.members.count,
            let panel = try panel(enterprise: enterprise, experts: experts)
        else { return nil }
        guard
            var assessment = try at(
                "panel", { try session.create(enterpriseID: enterprise.id!, panelID: panel.id!, tables: tables) })
        else { return nil }
        assessment = try session.start(assessment.id!)
        let state = try session.state(assessment)
        for response in file.responses {
            _ = try at("responses.\(response.itemID)") {
                try session.respond(assessment, response, refresh: false, loaded: state)
            }
        }
        for plan in file.hazards {
            _ = try at("hazards.\(plan.itemID)") {
                try session.setHazardDetails(assessment, itemID: plan.itemID, plan.details)
            }
        }
        try answers(assessment, table: tables.grading)
        _ = try at("risk") {
            try session.setRisk(assessment, risk: file.risk, notRectifiable: .some(file.notRectifiable))
        }
        if let conclusion = file.conclusion {
            _ = try at("conclusion") { try session.setConclusion(assessment, conclusion) }
        }
        for (index, check) in file.spotChecks.enumerated() {
            _ = try at("spot_checks[\(index)]") {
                try session.addSpotCheck(
                    assessment,
                    SpotCheck(
                        assessmentID: assessment.id!, person: check.person, role: check.role, result: check.result,
                        note: check.note))
            }
        }
        guard problems.isEmpty else { return nil }
        return try lifecycle(assessment)
    }

    /// The stored enterprise with the file's credit code, or a new one from the file's profile.
    private func enterprise() throws -> Enterprise? {
        guard let code = CreditCode(file.creditCode) else {
            record("统一社会信用代码“\(file.creditCode)”无效", at: "enterprise.credit_code")
            return nil
        }
        if let stored = try Enterprise.filter(Column("credit_code") == code.value).fetchOne(db) { return stored }
        if (file.enterprise[.name] ?? "").isEmpty {
            record("数据库中没有统一社会信用代码为 \(code) 的企业，文件中也没有企业信息（name、county、kind…）可用于新建", at: "enterprise")
            return nil
        }
        let regions = RegionDirectory(try Region.fetchAll(db))
        do {
            let parsed = try Enterprise.parse(file.enterprise, regions: regions)
            return try at("enterprise") { try database.insertEnterprise(db, parsed, actor: session.actor) }
        } catch let error as StoreError {
            for problem in error.problems {
                let key = AssessmentFileReader.enterpriseKeys.first { $0.field.header == problem.field }?.key
                record([.init(message: problem.message)], at: key.map { "enterprise.\($0)" } ?? "enterprise")
            }
            return nil
        }
    }

    /// Each member as a stored expert: the one with the same name and organisation, else a new one.
    private func members() throws -> [Expert] {
        var experts: [Expert] = []
        for (index, member) in file.members.enumerated() {
            let path = "panel.members[\(index)]"
            let matches = try Expert.filter(Column("name") == member.name).filter(
                Column("organisation") == member.organisation
            )
            .order(Column("id")).fetchAll(db)
            if matches.count > 1 {
                record(
                    "数据库中有\(matches.count)名工作单位为“\(member.organisation)”的专家“\(member.name)”（编号\(matches.map { String($0.id!) }.joined(separator: "、"))），无法确定是哪一位",
                    at: path)
                continue
            }
            if let expert = matches.first {
                experts.append(expert)
            } else if let expert = try at(
                path,
                {
                    try database.insertExpert(
                        db,
                        Expert(
                            name: member.name, organisation: member.organisation, specialty: member.specialty,
                            title: member.title,
                            source: "评估文件导入"), actor: session.actor)
                })
            {
                experts.append(expert)
            }
        }
        return experts
    }

    /// A new panel for the enterprise (every panel rule checked); refuses a file already imported.
    private func panel(enterprise: Enterprise, experts: [Expert]) throws -> Panel? {
        let sameName = try Row.fetchAll(
            db,
            sql: """
                SELECT p.name, v.on_site_start, v.assessment_id FROM panel_visit v JOIN panel p ON p.id = v.panel_id
                WHERE v.enterprise_id = ? AND p.name = ? AND v.on_site_start = ? AND v.assessment_id IS NOT NULL
                """, arguments: [enterprise.id!, file.panelName, file.onSiteStart])
        for row in sameName {
            if let other = try Assessment.fetchOne(db, key: row["assessment_id"] as Int64) {
                record(
                    "此评估已导入（\(other.entityLabel)，专家组“\(row["name"] as String)”，现场评估\(row["on_site_start"] as String)起）",
                    at: "panel")
                return nil
            }
        }
        let assignments = zip(file.members, experts).map {
            Panel.Assignment(expertID: $1.id!, role: $0.role, specialty: $0.specialty)
        }
        return try at("panel") {
            try database.insertPanelWithVisit(
                db, name: file.panelName, enterpriseID: enterprise.id!, onSite: (file.onSiteStart, file.onSiteEnd),
                assignments: assignments, actor: session.actor
            ).panel
        }
    }

    /// The file's grading section replaces every answer; without one the answers are pre-filled.
    private func answers(_ assessment: Assessment, table: GradingTable) throws {
        guard file.answers != nil || !file.directRed.isEmpty || !file.proposed.isEmpty else {
            try session.refreshPrefill(assessment)
            return
        }
        var confirmed: [String: Int] = [:]
        var prefilled: [String: Int] = [:]
        for (id, answer) in file.answers ?? [] {
            if let value = try at(
                "grading.answers.\(id)", { try AssessmentAnswerValue.value(answer, id: id, table: table) })
            {
                confirmed[id] = value
            }
        }
        for id in file.directRed {
            if table.directRedCondition(id: id) == nil {
                record(
                    "未知的直接判定红色条件“\(id)”：分级表 \(table.id) 中只有 \(table.directRed.map(\.id).joined(separator: "、"))",
                    at: "grading.direct_red")
            } else {
                confirmed[id] = 1
            }
        }
        for (id, answer) in file.proposed {
            if let value = try at(
                "grading.proposed.\(id)", { try AssessmentAnswerValue.value(answer, id: id, table: table) })
            {
                prefilled[id] = value
            }
        }
        try session.replaceAnswers(
            assessment, confirmed: confirmed, prefilled: prefilled,
            confirmedByPanel: file.answers != nil || !file.directRed.isEmpty)
    }

    /// Submission, signatures and disposition, each refused with the file field it rests on.
    private func lifecycle(_ start: Assessment) throws -> Assessment? {
        var assessment = start
        if !file.signatures.isEmpty, file.submitted == nil {
            record("有专家签名但没有报告提交日期（submitted）", at: "signatures")
        }
        if file.disposition != nil, file.signatures.isEmpty {
            record("有处置决定但评估未经专家签署（signatures）", at: "disposition")
        }
        guard let submitted = file.submitted, problems.isEmpty else { return problems.isEmpty ? assessment : nil }
        let state = try session.state(try session.assessment(assessment.id!))
        for requirement in state.facts.unmetRequirements(includingSignatures: false) {
            record(
                "不能提交评估报告：\(requirement.description)", at: Self.path(of: requirement, in: file), fallback: "submitted")
        }
        guard problems.isEmpty, let done = try at("submitted", { try session.submit(assessment.id!, date: submitted) })
        else {
            return nil
        }
        assessment = done
        guard !file.signatures.isEmpty else { return assessment }
        var signatures: [(expertID: Int64, date: LocalDate)] = []
        for (index, line) in file.signatures.enumerated() {
            if let expert = try at("signatures[\(index)]", { try state.member(named: line.expert, field: "expert") }) {
                signatures.append((expert.id!, line.date))
            }
        }
        guard problems.isEmpty,
            let outcome = try at("signatures", { try session.sign(assessment.id!, signatures: signatures) })
        else { return nil }
        assessment = outcome.assessment
        guard let line = file.disposition else { return assessment }
        if !outcome.signed {
            record(
                "评估尚未签署完毕，不能作出处置决定（\(outcome.unmet.map(\.description).joined(separator: "；"))）", at: "disposition")
            return nil
        }
        let decision = Disposition(
            assessmentID: assessment.id!, dispositionClass: line.dispositionClass, action: line.action,
            reason: line.reason,
            decisionDate: line.date, bureau: line.bureau)
        guard try at("disposition", { try session.decide(assessment.id!, decision) }) != nil else { return nil }
        return try session.assessment(assessment.id!)
    }
}
