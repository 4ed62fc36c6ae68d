import Foundation
import HazChemCore
import HazChemStore

/// The form forming a panel: name, region, leader, one member per specialty, regulators; problems shown by field.
struct PanelFormView {
    /// One member select: the specialty it covers and the experts of that specialty.
    struct MemberField {
        var field: String
        var label: String
        var choices: [Choice]
    }

    var name = ""
    var regions: [Choice] = []
    var leaders: [Choice] = []
    var members: [MemberField] = []
    var regulators: [Choice] = []
    var regulators2: [Choice] = []
    var nameError: String?
    var regionError: String?
    var otherErrors: [String] = []
    var hasErrors = false

    /// The specialties offered, the four required first.
    static let specialties: [Specialty] =
        Specialty.requiredOnPanel
        + Specialty.allCases.filter {
            !Specialty.requiredOnPanel.contains($0)
        }

    /// The form filled with `form`'s values; a county bureau forms panels for its own county only.
    init(form: FormData, regions list: [Region], experts: [Expert], scope: AccessScope) {
        name = form["name"] ?? ""
        let allowed = list.filter { scope.countyCode == nil || $0.code == scope.countyCode }
        regions = Choice.list(
            allowed, value: \.code, label: { $0.level == .prefecture ? "\($0.name)（全盟市）" : $0.name },
            chosen: form["region"] ?? scope.countyCode, allLabel: scope.countyCode == nil ? "请选择" : nil)
        let label = { (e: Expert) in "\(e.name)（\(e.specialty.label)，\(e.organisation.isEmpty ? "—" : e.organisation)）"
        }
        leaders = Choice.list(
            experts, value: { String($0.id!) }, label: label, chosen: form["leader"], allLabel: "请选择组长")
        members = Self.specialties.map { specialty in
            let field = "member-\(specialty.rawValue)"
            return MemberField(
                field: field, label: "\(specialty.label)专业成员",
                choices: Choice.list(
                    experts.filter { $0.specialty == specialty }, value: { String($0.id!) }, label: label,
                    chosen: form[field], allLabel: "（无）"))
        }
        regulators = Choice.list(
            experts, value: { String($0.id!) }, label: label, chosen: form["regulator"], allLabel: "请选择安全监管人员")
        regulators2 = Choice.list(
            experts, value: { String($0.id!) }, label: label, chosen: form["regulator2"], allLabel: "（无）")
    }

    /// The people chosen; an id that is not a number is skipped (the select offers numbers only).
    static func assignments(_ form: FormData) -> [Panel.Assignment] {
        var result: [Panel.Assignment] = []
        if let id = form.text("leader").flatMap(Int64.init) { result.append(.init(expertID: id, role: .leader)) }
        for specialty in specialties {
            if let id = form.text("member-\(specialty.rawValue)").flatMap(Int64.init) {
                result.append(.init(expertID: id, role: .member, specialty: specialty))
            }
        }
        for field in ["regulator", "regulator2"] {
            if let id = form.text(field).flatMap(Int64.init) { result.append(.init(expertID: id, role: .regulator)) }
        }
        return result
    }

    /// Puts each problem next to its field.
    mutating func show(_ problems: [StoreError.Problem]) {
        for problem in problems {
            switch problem.field {
            case "所属地区": regionError = problem.message
            default:
                if problem.message.hasPrefix("专家组名称") {
                    nameError = problem.message
                } else {
                    otherErrors.append(problem.message)
                }
            }
        }
        hasErrors = !problems.isEmpty
    }
}
