import Foundation
import HazChemCore
import HazChemStore

/// The assessment page's panels below the checklist: red/orange risk texts, spot checks, what sign-off still
/// needs, signatures, lifecycle buttons, the bureau's disposition, hazards and versions.
struct AssessmentWorkView {
    struct Field {
        var name: String
        var label: String
        var value: String
    }

    struct SpotRow {
        var person: String
        var role: String
        var result: String
        var failed: Bool
        var note: String
    }

    struct Signer {
        var name: String
        var signed: String?
    }

    struct HazardRow {
        var id: Int64
        var itemID: String
        var description: String
        var level: String
        var major: Bool
        var deadline: String
        var status: String
    }

    struct Version {
        var id: Int64
        var label: String
        var status: String
        var current: Bool
    }

    // Risk texts.
    var riskRequired: Bool
    var riskNote: String
    var riskFields: [Field]
    var notRectifiable: String
    var riskEditable: Bool
    var riskErrors: [String]
    /// 专家组综合意见 as stored (or as just posted) and its form's problems.
    var conclusion: String
    var conclusionErrors: [String]
    // Spot checks.
    var spotChecks: [SpotRow]
    var hasSpotChecks: Bool
    var spotEditable: Bool
    var spotPerson: String
    var spotNote: String
    var spotRoles: [Choice]
    var spotResults: [Choice]
    var spotErrors: [String]
    var missingSpotRoles: String?
    // Lifecycle.
    var unmet: [String]
    var hasUnmet: Bool
    var signers: [Signer]
    var mayStart: Bool
    var maySubmit: Bool
    var mayReopen: Bool
    var maySign: Bool
    var mayCorrect: Bool
    var actionDate: String
    var lifecycleErrors: [String]
    // Disposition.
    var disposition: String?
    var dispositionReason: String?
    var dispositionMeta: String?
    var mayDecide: Bool
    var classes: [Choice]
    var actions: [Choice]
    var offersClosure: Bool
    var decisionReason: String
    var decisionDate: String
    var decisionBureau: String
    var decisionErrors: [String]
    // Hazards and versions.
    var hazards: [HazardRow]
    var hasHazards: Bool
    var versions: [Version]
    var hasVersions: Bool

    init(
        _ detail: AssessmentDetail, permissions: AssessmentPermissions, echo: FormEcho?, today: LocalDate,
        bureau: String
    ) {
        let assessment = detail.assessment
        func echoed(_ form: String) -> FormEcho? { echo?.form == form ? echo : nil }
        func messages(_ form: String) -> [String] { echoed(form)?.messages ?? [] }
        func value(_ form: String, _ field: String, _ stored: String) -> String {
            echo?.value(field, of: form, stored: stored) ?? stored
        }
        let grade = assessment.grade ?? detail.scoreSheet?.grade
        riskRequired = grade.map(RiskDescription.isRequired(for:)) ?? false
        riskNote =
            riskRequired
            ? "当前为\(grade!.label)，签署前须填写以下四项。"
            : "仅红色、橙色企业必须填写；当前等级无需填写，也可预先填写。"
        riskFields = RiskDescription.Field.allCases.map {
            Field(name: $0.rawValue, label: $0.label, value: value("risk", $0.rawValue, assessment.risk[$0] ?? ""))
        }
        notRectifiable = value("risk", "notRectifiable", assessment.notRectifiableReason ?? "")
        riskEditable = permissions.mayEdit
        riskErrors = messages("risk")
        conclusion = value("conclusion", "conclusion", assessment.conclusion ?? "")
        conclusionErrors = messages("conclusion")
        spotChecks = detail.spotChecks.map {
            SpotRow(
                person: $0.person, role: $0.role.label, result: $0.result.label, failed: $0.result == .failed,
                note: $0.note)
        }
        hasSpotChecks = !spotChecks.isEmpty
        spotEditable = permissions.mayEdit
        spotPerson = value("spot", "person", "")
        spotNote = value("spot", "note", "")
        spotRoles = Choice.list(
            SpotCheckRole.allCases, value: \.rawValue, label: { $0.label + ($0.isMandatory ? "（必查）" : "") },
            chosen: echoed("spot")?.values["role"], allLabel: "请选择岗位")
        spotResults = Choice.list(
            SpotCheckResult.allCases, value: \.rawValue, label: \.label,
            chosen: echoed("spot")?.values["result"] ?? "passed")
        spotErrors = messages("spot")
        let checked = Set(detail.spotChecks.map(\.role))
        let missing = SpotCheckRole.mandatory.filter { !checked.contains($0) }.map(\.label)
        missingSpotRoles = missing.isEmpty ? nil : "尚未抽查：" + missing.joined(separator: "、")
        unmet = detail.unmet.map(\.description)
        hasUnmet = !unmet.isEmpty
        let signed = Dictionary(
            uniqueKeysWithValues: detail.signatures.map { ($0.expert.id!, $0.signature.signedAtLabel) })
        signers = (detail.panel?.seats ?? []).filter(\.member.role.isExpert).map {
            Signer(
                name: "\($0.expert.name)（\($0.member.role.label)，\($0.member.specialty.label)）",
                signed: signed[$0.expert.id!])
        }
        mayStart = permissions.mayStart
        maySubmit = permissions.maySubmit
        mayReopen = permissions.mayReopen
        maySign = permissions.maySign
        mayCorrect = permissions.mayCorrect
        actionDate = value("lifecycle", "date", today.description)
        lifecycleErrors = messages("lifecycle")
        disposition = detail.disposition?.label
        dispositionReason = detail.disposition?.reason
        dispositionMeta = detail.disposition.map { "\($0.bureau) · \($0.decisionDateLabel)" }
        mayDecide = permissions.mayDecide
        let chosenClass = echoed("disposition")?.values["class"]
        classes = Choice.list(
            detail.allowedDispositions, value: \.rawValue, label: \.label,
            chosen: chosenClass ?? detail.allowedDispositions.first?.rawValue)
        offersClosure = detail.allowedDispositions.contains(.closeOrSuspend)
        actions = Choice.list(
            ClosureAction.allCases, value: \.rawValue, label: \.label, chosen: echoed("disposition")?.values["action"],
            allLabel: "（不适用）")
        decisionReason = value("disposition", "reason", "")
        decisionDate = value("disposition", "date", today.description)
        decisionBureau = value("disposition", "bureau", bureau)
        decisionErrors = messages("disposition")
        hazards = detail.hazards.map {
            HazardRow(
                id: $0.id!, itemID: $0.itemID ?? "—", description: $0.description, level: $0.level.label,
                major: $0.level == .major, deadline: $0.deadline?.description ?? "未定", status: $0.status.label)
        }
        hasHazards = !hazards.isEmpty
        versions = detail.versions.map {
            Version(
                id: $0.id!, label: $0.version == 1 ? "原始版本" : "更正第\($0.version - 1)次", status: $0.status.label,
                current: $0.id == assessment.id)
        }
        hasVersions = versions.count > 1
    }
}
