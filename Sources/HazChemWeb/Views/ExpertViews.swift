import Foundation
import HazChemCore
import HazChemStore

/// The experts list: the experts the user's bureau manages.
struct ExpertListView {
    struct Row {
        var id: Int64
        var name: String
        var specialty: String
        var organisation: String
        var title: String
        var employer: String
        var phone: String
        var county: String
        var regulator: Bool
    }

    var rows: [Row]
    var empty: Bool
    var notice: String?

    init(_ experts: [Expert], counties: [String: String], employers: [Int64: String], notice: String?) {
        rows = experts.map {
            Row(
                id: $0.id!, name: $0.name, specialty: $0.specialty.label, organisation: $0.organisation,
                title: $0.title, employer: $0.employerEnterpriseID.flatMap { employers[$0] } ?? "—", phone: $0.phone,
                county: $0.countyCode.flatMap { counties[$0] } ?? "盟市专家库", regulator: $0.isRegulator)
        }
        empty = rows.isEmpty
        self.notice = notice
    }
}

/// The add / edit expert form, problems next to their fields.
struct ExpertFormView {
    var heading: String
    var action: String
    var name: String
    var organisation: String
    var title: String
    var phone: String
    var source: String
    var employer: String
    var regulator: Bool
    var specialties: [Choice]
    var counties: [Choice]
    var errors: [String: String] = [:]
    var otherErrors: [String] = []
    var hasErrors = false

    // Stored, not computed: the templates see stored properties only.
    var nameError: String?
    var specialtyError: String?
    var employerError: String?
    var countyError: String?
    var phoneError: String?
    var organisationError: String?
    var titleError: String?

    /// The form filled from `form` (field names as the inputs').
    init(heading: String, action: String, form: FormData, counties: [Region], allowsPool: Bool) {
        self.heading = heading
        self.action = action
        name = form["name"] ?? ""
        organisation = form["organisation"] ?? ""
        title = form["title"] ?? ""
        phone = form["phone"] ?? ""
        source = form["source"] ?? ""
        employer = form["employer"] ?? ""
        regulator = form["regulator"] == "1"
        specialties = Choice.list(
            Specialty.allCases, value: \.rawValue, label: \.label, chosen: form["specialty"], allLabel: "请选择专业")
        self.counties = Choice.list(
            counties, value: \.code, label: \.name, chosen: form["county"],
            allLabel: allowsPool ? "盟市专家库（不属旗县市）" : nil)
    }

    /// The form of a stored expert.
    static func values(_ expert: Expert, employerCode: String?) -> FormData {
        var form = FormData()
        for (name, value) in [
            ("name", expert.name), ("organisation", expert.organisation), ("title", expert.title),
            ("phone", expert.phone), ("source", expert.source), ("employer", employerCode ?? ""),
            ("regulator", expert.isRegulator ? "1" : ""), ("specialty", expert.specialty.rawValue),
            ("county", expert.countyCode ?? ""),
        ] {
            form.append(name, value)
        }
        return form
    }

    mutating func show(_ problems: [StoreError.Problem]) {
        let known: Set<String> = ["姓名", "专业", "工作单位企业", "所属旗县市", "电话", "单位", "职称"]
        for problem in problems {
            if let field = problem.field, known.contains(field) {
                errors[field] = (errors[field].map { $0 + "；" } ?? "") + problem.message
            } else {
                otherErrors.append(problem.description)
            }
        }
        (nameError, specialtyError, employerError, countyError) = (
            errors["姓名"], errors["专业"], errors["工作单位企业"], errors["所属旗县市"]
        )
        (phoneError, organisationError, titleError) = (errors["电话"], errors["单位"], errors["职称"])
        hasErrors = !problems.isEmpty
    }
}
