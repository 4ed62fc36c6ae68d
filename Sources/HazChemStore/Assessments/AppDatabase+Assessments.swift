import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// Creates a planned assessment of an enterprise by one of its panels, with the tables chosen for the
    /// enterprise's kind from `tablesDirectory` (snapshotted), and pre-fills the grading answers.
    @discardableResult
    package func createAssessment(
        enterpriseID: Int64, panelID: Int64, tablesDirectory: URL, actor: String
    ) throws(StoreError) -> Assessment {
        guard let enterprise = try enterprise(id: enterpriseID) else {
            throw StoreError(.notFound, entity: "企业 #\(enterpriseID)", message: "企业不存在")
        }
        let tables = try AssessmentTables.select(for: enterprise.kind, directory: tablesDirectory)
        return try createAssessment(enterpriseID: enterpriseID, panelID: panelID, tables: tables, actor: actor)
    }

    /// Creates a planned assessment with tables already read (see ``AssessmentTables``).
    @discardableResult
    package func createAssessment(
        enterpriseID: Int64, panelID: Int64, tables: AssessmentTables, actor: String
    ) throws(StoreError) -> Assessment {
        try session(actor: actor) { try $0.create(enterpriseID: enterpriseID, panelID: panelID, tables: tables) }
    }

    /// Creates the planned assessment of scheduled visit `visitID`, with the tables chosen for the enterprise's kind
    /// from `tablesDirectory` (snapshotted), and pre-fills the grading answers.
    @discardableResult
    package func createAssessment(visitID: Int64, tablesDirectory: URL, actor: String) throws(StoreError)
        -> Assessment
    {
        guard let visit = try panelVisit(id: visitID) else {
            throw StoreError(.notFound, entity: "现场评估安排 #\(visitID)", message: "现场评估安排不存在")
        }
        guard let enterprise = try enterprise(id: visit.enterpriseID) else {
            throw StoreError(.notFound, entity: "企业 #\(visit.enterpriseID)", message: "企业不存在")
        }
        let tables = try AssessmentTables.select(for: enterprise.kind, directory: tablesDirectory)
        return try session(actor: actor) { try $0.create(visitID: visitID, tables: tables) }
    }

    /// Records one checklist response; returns whether anything changed.
    @discardableResult
    package func respond(
        assessmentID: Int64, _ input: AssessmentResponseInput, actor: String
    ) throws(StoreError) -> Bool {
        try session(actor: actor) { try $0.respond(try $0.assessment(assessmentID), input) }
    }

    /// Records the rectification plan of a non-conforming item; returns whether anything changed.
    @discardableResult
    package func setHazardDetails(
        assessmentID: Int64, itemID: String, _ details: HazardDetails, actor: String
    ) throws(StoreError) -> Bool {
        try session(actor: actor) { try $0.setHazardDetails(try $0.assessment(assessmentID), itemID: itemID, details) }
    }

    /// Sets the panel's answer to a rule or direct-red id from text (是/否 or a count), stored as confirmed.
    @discardableResult
    package func answer(
        assessmentID: Int64, ruleID: String, value text: String, actor: String
    ) throws(StoreError) -> Bool {
        try session(actor: actor) { session in
            let assessment = try session.assessment(assessmentID)
            let value = try AssessmentAnswerValue.parse(
                text, id: ruleID, table: try session.tables(of: assessment).grading)
            return try session.answer(assessment, id: ruleID, value: value)
        }
    }

    /// Confirms every pre-filled answer as it stands.
    @discardableResult
    package func confirmAnswers(assessmentID: Int64, actor: String) throws(StoreError) -> Bool {
        try session(actor: actor) { try $0.confirmAnswers(try $0.assessment(assessmentID)) }
    }

    /// Sets the red/orange risk texts (nil leaves them) and, when given, the not-rectifiable finding
    /// (`.some(nil)` or an empty reason withdraws it).
    @discardableResult
    package func setRisk(
        assessmentID: Int64, risk: RiskDescription?, notRectifiable: String?? = .none, actor: String
    ) throws(StoreError) -> Bool {
        try session(actor: actor) {
            try $0.setRisk(try $0.assessment(assessmentID), risk: risk, notRectifiable: notRectifiable)
        }
    }

    /// Sets the panel's overall opinion (专家组综合意见); an empty text clears it.
    @discardableResult
    package func setConclusion(assessmentID: Int64, text: String, actor: String) throws(StoreError) -> Bool {
        try session(actor: actor) { try $0.setConclusion(try $0.assessment(assessmentID), text) }
    }

    /// Records a spot check of one person.
    @discardableResult
    package func addSpotCheck(_ check: SpotCheck, actor: String) throws(StoreError) -> SpotCheck {
        try session(actor: actor) { try $0.addSpotCheck(try $0.assessment(check.assessmentID), check) }
    }

    /// planned → onSite.
    @discardableResult
    package func startAssessment(id: Int64, actor: String) throws(StoreError) -> Assessment {
        try session(actor: actor) { try $0.start(id) }
    }

    /// onSite → submitted on `date` (today when nil); refused with every unmet requirement but signatures.
    @discardableResult
    package func submitAssessment(id: Int64, date: LocalDate? = nil, actor: String) throws(StoreError) -> Assessment {
        try session(actor: actor) { session in try session.submit(id, date: date ?? session.today) }
    }

    /// submitted → onSite, dropping the signatures collected so far.
    @discardableResult
    package func reopenAssessment(id: Int64, actor: String) throws(StoreError) -> Assessment {
        try session(actor: actor) { try $0.reopen(id) }
    }

    /// Records the signatures of the named panel members on `date` (today when nil); signs the assessment and
    /// creates its hazards once every expert has signed.
    @discardableResult
    package func signAssessment(
        id: Int64, experts names: [String], date: LocalDate? = nil, actor: String
    ) throws(StoreError) -> AssessmentSignOutcome {
        try session(actor: actor) { session in
            let stored = try session.assessment(id)
            let state = try session.state(stored)
            var signatures: [(expertID: Int64, date: LocalDate)] = []
            for name in names {
                signatures.append((try state.member(named: name, field: "签名").id!, date ?? session.today))
            }
            return try session.sign(id, signatures: signatures)
        }
    }

    /// Creates the next version of a signed assessment, editable and re-signable.
    @discardableResult
    package func correctAssessment(id: Int64, actor: String) throws(StoreError) -> Assessment {
        try session(actor: actor) { try $0.correct(id) }
    }

    /// Applies an offline-form entry to an editable assessment in one transaction; idempotent (nothing is
    /// written, and no audit row, for parts equal to what is stored). Returns whether anything changed.
    @discardableResult
    package func apply(_ entry: AssessmentEntry, toAssessment id: Int64, actor: String) throws(StoreError) -> Bool {
        try session(actor: actor) { session in
            let assessment = try session.assessment(id)
            try session.requireEditable(assessment)
            return try session.apply(entry, to: assessment)
        }
    }
}

extension AssessmentSession {
    /// Applies `entry`: responses, hazard details, answers, direct red, risk texts, conclusion and new spot checks;
    /// pre-fill refreshed once.
    func apply(_ entry: AssessmentEntry, to assessment: Assessment) throws -> Bool {
        var changed = false
        var problems: [StoreError.Problem] = []
        func collect(_ body: () throws -> Bool) throws {
            do { changed = try body() || changed } catch let error as StoreError { problems += error.problems }
        }
        let state = try state(assessment)
        for input in entry.responses {
            try collect {
                if entry.checksSections { try Self.requireSection(input, state: state) }
                return try respond(assessment, input, refresh: false, loaded: state)
            }
        }
        for (itemID, details) in entry.hazardDetails.sorted(by: { $0.key < $1.key }) {
            try collect { try setHazardDetails(assessment, itemID: itemID, details) }
        }
        if !problems.isEmpty { throw StoreError(.invalidInput, problems: problems) }
        try refreshPrefill(assessment)
        let table = try tables(of: assessment).grading
        for (ruleID, answer) in entry.answers.sorted(by: { $0.key < $1.key }) {
            try collect {
                try self.answer(
                    assessment, id: ruleID, value: try AssessmentAnswerValue.value(answer, id: ruleID, table: table))
            }
        }
        if let found = entry.directRed {
            for id in found where table.directRedCondition(id: id) == nil {
                problems.append(
                    .init(
                        field: id,
                        message:
                            "未知的直接判定红色条件“\(id)”：分级表 \(table.id) 中只有 \(table.directRed.map(\.id).joined(separator: "、"))"
                    ))
            }
            let stored = Set(
                try String.fetchAll(
                    db, sql: "SELECT rule_id FROM grading_answer WHERE assessment_id = ?", arguments: [assessment.id!]))
            for condition in table.directRed where found.contains(condition.id) || stored.contains(condition.id) {
                try collect {
                    try self.answer(assessment, id: condition.id, value: found.contains(condition.id) ? 1 : 0)
                }
            }
        }
        if let risk = entry.risk { try collect { try setRisk(assessment, risk: risk) } }
        if let conclusion = entry.conclusion { try collect { try setConclusion(assessment, conclusion) } }
        var stored = try SpotCheck.filter(Column("assessment_id") == assessment.id!).fetchAll(db)
        for check in entry.spotChecks {
            try collect {
                let known = stored.contains {
                    $0.person == check.person.trimmed && $0.role == check.role && $0.result == check.result
                        && $0.note == check.note.trimmed
                }
                if known { return false }
                stored.append(try addSpotCheck(assessment, check))
                return true
            }
        }
        if !problems.isEmpty { throw StoreError(.invalidInput, problems: problems) }
        return changed
    }

    /// Refuses a response whose named expert may not answer the item's section (see
    /// ``AssessmentPermissions/refusalToAnswer(_:)``, the web's rule).
    static func requireSection(_ input: AssessmentResponseInput, state: AssessmentState) throws {
        let itemID = input.itemID.trimmingCharacters(in: .whitespaces)
        guard let name = input.expert, let section = state.tables.checklist.section(containing: itemID) else { return }
        let expert = try state.member(named: name, field: "填写人")
        let permissions = AssessmentPermissions(
            role: .expert, seat: state.members.first { $0.expertID == expert.id }, expertName: expert.name,
            status: state.assessment.status, isSuperseded: false, hasSigned: false,
            presentSpecialties: Set(state.members.filter(\.role.isExpert).map(\.specialty)))
        if let refusal = permissions.refusalToAnswer(section) {
            throw StoreError(
                .invalidInput, field: "填写人", entity: state.assessment.entityLabel,
                message: "检查项 \(itemID)：\(refusal.replacingOccurrences(of: "您", with: "“\(expert.name)”"))")
        }
    }
}
