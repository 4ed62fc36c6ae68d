import Foundation
import HazChemCore
import HazChemStore
import HazChemXLSX

extension AssessmentReportData {
    /// The report data of a stored assessment version: its snapshot tables, responses, score, hazards (the
    /// stored ones once signed, else drafts from the non-conforming items with the panel's plans), risk texts
    /// and disposition.
    ///
    /// - Parameters:
    ///   - regions: names the enterprise's county (the code is shown when the county is not configured).
    ///   - majorHazards: the GB 18218 breakdown of the enterprise's stored units, nil to leave the sheet out.
    ///   - generatedOn: the generation day recorded in the report.
    /// - Throws: `XLSXError` when the stored answers do not score (the engine's problems listed).
    package init(
        detail: AssessmentDetail, regions: RegionDirectory, majorHazards: MajorHazardAssessment?,
        generatedOn: LocalDate
    ) throws {
        let assessment = detail.assessment
        guard let scoreSheet = detail.scoreSheet else {
            throw XLSXError(
                .invalidContent(
                    "\(assessment.entityLabel)的分级答案无法计分，不能生成评估报告："
                        + detail.gradingProblems.joined(separator: "；")))
        }
        var itemExperts: [String: String] = [:]
        for line in detail.responses {
            if let expert = line.expert { itemExperts[line.response.itemID] = expert.name }
        }
        let risk = assessment.risk
        let seal = detail.seal
        self.init(
            enterprise: detail.enterprise,
            countyName: regions.county(code: detail.enterprise.countyCode)?.name ?? detail.enterprise.countyCode,
            basisDocuments: Self.basisDocuments(detail),
            panel: seal?.content.panel.map(Seat.seats(signed:)) ?? detail.panel.map(Seat.seats(of:)) ?? [],
            dates: Dates(
                onSiteStart: assessment.onSiteStart,
                onSiteEnd: assessment.onSiteEnd,
                dueDate: assessment.dueDate,
                submittedDate: assessment.submittedDate, submittedLabel: assessment.submittedLabel,
                isLate: detail.isLate),
            checklist: detail.checklist,
            responses: ChecklistResponses(
                checklistId: detail.checklist.header.id,
                entries: Dictionary(
                    detail.responses.map { ($0.response.itemID, $0.response.entry) }, uniquingKeysWith: { a, _ in a })),
            itemExperts: itemExperts, scoreSheet: scoreSheet,
            hazards: seal.map { $0.content.hazards.map(Hazard.init(signed:)) } ?? Self.hazards(detail),
            riskControl: risk,
            disposition: detail.disposition.map {
                Disposition(
                    decision: DispositionDecision(
                        $0.dispositionClass, notRectifiableReason: assessment.notRectifiableReason, action: $0.action),
                    reason: $0.reason, date: $0.decisionDate, bureau: $0.bureau)
            },
            majorHazards: majorHazards,
            version: VersionInfo(
                assessmentId: assessment.id ?? 0, version: assessment.version,
                previousAssessmentId: assessment.previousVersionID, generatedOn: generatedOn,
                status: assessment.status, isSuperseded: detail.isSuperseded, verificationCode: seal?.code))
        if seal != nil { followUp = (generatedOn, Self.hazards(detail)) }
        conclusion = assessment.conclusion
        spotChecks = detail.spotChecks.map {
            SpotCheckLine(person: $0.person, role: $0.role, result: $0.result, note: $0.note)
        }
        organisingBureau = Self.bureau(countyName: countyName)
    }

    /// The bases of the grading table, checklist and criteria list, each once, in that order.
    static func basisDocuments(_ detail: AssessmentDetail) -> [String] {
        var documents: [String] = []
        let bases = [detail.gradingTable.header.basis, detail.checklist.header.basis, detail.criteria?.header.basis]
        for basis in bases.compactMap({ $0?.trimmingCharacters(in: .whitespacesAndNewlines) })
        where !basis.isEmpty && !documents.contains(basis) {
            documents.append(basis)
        }
        return documents
    }

    /// The stored hazards once created (sign-off); before that one per non-conforming item, with the plan.
    static func hazards(_ detail: AssessmentDetail) -> [Hazard] {
        if !detail.hazards.isEmpty {
            return detail.hazards.map { hazard in
                Hazard(
                    itemId: hazard.itemID, description: hazard.description, location: hazard.location,
                    basis: hazard.basis, level: hazard.level, measure: hazard.measure,
                    deadline: hazard.deadline, responsible: hazard.responsiblePerson,
                    status: hazard.status, rectifiedAt: hazard.rectifiedAt, verifiedAt: hazard.verifiedAt,
                    verifiedBy: hazard.verifiedBy)
            }
        }
        return detail.findings.map { line in
            let response = line.response
            let item = detail.checklist.item(id: response.itemID)
            let major = item?.majorCriterion != nil || response.markedMajor
            return Hazard(
                itemId: response.itemID, description: response.finding, location: response.location,
                basis: item?.basis ?? "", level: major ? .major : .general, measure: response.measure,
                deadline: response.deadline, responsible: response.responsiblePerson)
        }
    }
}
