import Foundation
import GRDB
import HazChemCore
import HazChemTables

extension AppDatabase {
    /// Records an assessment file in one transaction: the enterprise (created from the file's profile when
    /// absent), experts (matched by name and organisation, else created), a new panel, the assessment with
    /// its tables, responses, hazard plans, answers, risk texts and spot checks, then submission, signatures
    /// and disposition as the file has them. Any problem stores nothing; all are listed with line and field.
    ///
    /// Tables are taken from a stored snapshot of the id and version the file names, else from
    /// `tablesDirectory` when it holds that version.
    @discardableResult
    package func importAssessment(from url: URL, tablesDirectory: URL?, actor: String) throws(StoreError) -> Assessment
    {
        let file: AssessmentFile
        do { file = try AssessmentFileReader.read(contentsOf: url) } catch { throw StoreError.wrap(error) }
        return try importAssessment(
            file, fileName: url.lastPathComponent, tablesDirectory: tablesDirectory, actor: actor)
    }

    /// Records an already read assessment file; `fileName` names it in messages.
    @discardableResult
    package func importAssessment(
        _ file: AssessmentFile, fileName: String, tablesDirectory: URL?, actor: String
    ) throws(StoreError) -> Assessment {
        try session(actor: actor) { session in
            let run = AssessmentFileImport(
                database: self, session: session, file: file, fileName: fileName, tablesDirectory: tablesDirectory)
            let assessment = try run.run()
            guard let assessment, run.problems.isEmpty else {
                throw StoreError(.invalidInput, problems: run.problems)
            }
            try session.audit(
                "import", "assessment", String(assessment.id!),
                after: try AuditJSON.encode(["file": fileName, "status": assessment.status.rawValue]))
            return assessment
        }
    }

    /// The assessment version `id` as an assessment file (see ``AssessmentFileWriter``).
    package func exportAssessment(id: Int64) throws(StoreError) -> AssessmentFile {
        guard let detail = try assessmentDetail(id: id) else {
            throw StoreError(.notFound, entity: "评估 #\(id)", message: "评估不存在")
        }
        var file = AssessmentFile(detail: detail)
        file.conclusion = detail.assessment.conclusion
        if let county = try regionDirectory().county(code: detail.enterprise.countyCode) {
            file.enterprise[.county] = county.name
        }
        return file
    }
}

extension AssessmentFile {
    /// The file of a stored assessment version.
    init(detail: AssessmentDetail) {
        let assessment = detail.assessment
        let table = detail.gradingTable
        var answers: [(id: String, answer: GradingAnswer)] = []
        var proposed: [(id: String, answer: GradingAnswer)] = []
        var found: [String] = []
        for row in detail.answers {
            let isRed = table.directRedCondition(id: row.ruleID) != nil
            switch row.source {
            case .confirmed where isRed && row.value != 0: found.append(row.ruleID)
            case .confirmed:
                answers.append((row.ruleID, AssessmentAnswerValue.answer(row.value, id: row.ruleID, table: table)))
            case .prefilled:
                proposed.append((row.ruleID, AssessmentAnswerValue.answer(row.value, id: row.ruleID, table: table)))
            }
        }
        let confirmed = assessment.answersConfirmedAt != nil || !answers.isEmpty || !found.isEmpty
        self.init(
            creditCode: detail.enterprise.creditCode.value, enterprise: detail.enterprise.fieldTexts,
            panelName: detail.panel?.panel.name ?? "",
            onSiteStart: assessment.onSiteStart ?? detail.visit!.onSiteStart,
            onSiteEnd: assessment.onSiteEnd ?? detail.visit!.onSiteEnd,
            members: (detail.panel?.seats ?? []).map {
                Member(
                    name: $0.expert.name, organisation: $0.expert.organisation, role: $0.member.role,
                    specialty: $0.member.specialty, title: $0.expert.title)
            },
            grading: TableRef(id: assessment.gradingTableID, version: assessment.gradingTableVersion),
            checklist: TableRef(id: assessment.checklistTableID, version: assessment.checklistTableVersion),
            criteria: assessment.criteriaTableID.map {
                TableRef(id: $0, version: assessment.criteriaTableVersion ?? "")
            },
            submitted: assessment.submittedDate,
            responses: detail.responses.map {
                AssessmentResponseInput(
                    itemID: $0.response.itemID, response: $0.response.response, finding: $0.response.finding,
                    location: $0.response.location, markedMajor: $0.response.markedMajor, expert: $0.expert?.name)
            },
            hazards: detail.responses.map(\.response).filter {
                $0.response == .nonConforming
                    && (!$0.measure.isEmpty || $0.deadline != nil || !$0.responsiblePerson.isEmpty)
            }.map {
                HazardPlan(
                    itemID: $0.itemID,
                    details: HazardDetails(
                        measure: $0.measure, deadline: $0.deadline, responsiblePerson: $0.responsiblePerson))
            },
            answers: confirmed ? answers : nil, directRed: found, proposed: proposed, risk: assessment.risk,
            notRectifiable: assessment.notRectifiableReason,
            spotChecks: detail.spotChecks.map {
                SpotCheckLine(person: $0.person, role: $0.role, result: $0.result, note: $0.note)
            },
            signatures: detail.signatures.map { SignatureLine(expert: $0.expert.name, date: $0.signature.signedAt) },
            disposition: detail.disposition.map {
                DispositionLine(
                    dispositionClass: $0.dispositionClass, action: $0.action, reason: $0.reason, date: $0.decisionDate,
                    bureau: $0.bureau)
            })
    }
}
