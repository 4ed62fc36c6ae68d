import Foundation
import HazChemCore
import HazChemStore

/// The add / edit enterprise form: one input per ``HazChemStore/EnterpriseField``, written as in the import file,
/// each problem shown next to its field.
struct EnterpriseFormView {
    /// One input.
    struct Field {
        var name: String
        var label: String
        var value: String
        var hint: String
        var required: Bool
        var isSelect: Bool
        var isDate: Bool
        var isText: Bool
        var options: [Choice]
        var error: String?
    }

    var heading: String
    var action: String
    var cancel: String
    var enterpriseID: Int64?
    var fields: [Field]
    var otherErrors: [String] = []
    var hasErrors = false

    /// The form's name for each field.
    static func name(_ field: EnterpriseField) -> String {
        switch field {
        case .creditCode: "creditCode"
        case .name: "name"
        case .county: "county"
        case .kind: "kind"
        case .address: "address"
        case .principal: "principal"
        case .contactPhone: "phone"
        case .licenceNumber: "licenceNumber"
        case .licenceScope: "licenceScope"
        case .licenceExpiry: "licenceExpiry"
        case .inChemicalPark: "inPark"
        case .majorHazardLevels: "majorHazards"
        case .hazardousProcesses: "processes"
        case .keyChemicals: "chemicals"
        case .standardisationLevel: "standardisation"
        case .operatingStatus: "status"
        case .selfReactiveUnits: "selfReactive"
        }
    }

    /// The texts a submitted form gives, by field (absent inputs are left out).
    static func values(_ form: FormData) -> [EnterpriseField: String] {
        var values: [EnterpriseField: String] = [:]
        for field in EnterpriseField.allCases { if let text = form[name(field)] { values[field] = text } }
        return values
    }

    /// The form for `values`; `counties` are the counties the user may choose.
    init(
        heading: String, action: String, cancel: String, enterpriseID: Int64? = nil,
        values: [EnterpriseField: String], counties: [Region]
    ) {
        self.heading = heading
        self.action = action
        self.cancel = cancel
        self.enterpriseID = enterpriseID
        let yesNo = ["否", "是"]
        fields = EnterpriseField.allCases.map { field in
            let value = values[field] ?? ""
            var options: [Choice] = []
            var hint = ""
            switch field {
            case .county:
                options = Choice.list(
                    counties, value: \.code, label: \.name,
                    chosen: counties.first { $0.code == value || $0.name == value }?.code ?? value,
                    allLabel: counties.count == 1 ? nil : "请选择旗县市")
            case .kind:
                options = Choice.list(
                    EnterpriseKind.allCases.map(\.label), value: { $0 }, label: { $0 },
                    chosen: EnterpriseKind(label: value)?.label ?? value, allLabel: "请选择企业类型")
            case .operatingStatus:
                options = Choice.list(
                    OperatingStatus.allCases.map(\.label), value: { $0 }, label: { $0 },
                    chosen: OperatingStatus(label: value)?.label ?? (value.isEmpty ? "在产" : value))
            case .inChemicalPark, .selfReactiveUnits:
                options = Choice.list(yesNo, value: { $0 }, label: { $0 }, chosen: value.isEmpty ? "否" : value)
            case .standardisationLevel:
                options = Choice.list(
                    ["无", "一级", "二级", "三级"], value: { $0 }, label: { $0 }, chosen: value.isEmpty ? "无" : value)
            case .creditCode: hint = "18位，含校验位（GB 32100）"
            case .majorHazardLevels: hint = "如“一级、三级”，没有填“无”；上传重大危险源清单后按计算结果自动更新"
            case .hazardousProcesses: hint = "18种重点监管危险化工工艺的名称，顿号分隔，如“氯化、硝化”"
            case .keyChemicals: hint = "顿号分隔"
            default: break
            }
            let isSelect = !options.isEmpty
            return Field(
                name: Self.name(field), label: field.header, value: value, hint: hint, required: field.isRequired,
                isSelect: isSelect, isDate: field == .licenceExpiry, isText: !isSelect && field != .licenceExpiry,
                options: options)
        }
    }

    /// Puts each problem next to its field (problems name the field by its Chinese header).
    mutating func show(_ problems: [StoreError.Problem]) {
        for problem in problems {
            if let header = problem.field ?? problem.column,
                let index = fields.firstIndex(where: { $0.label == header })
            {
                let existing = fields[index].error.map { $0 + "；" } ?? ""
                fields[index].error = existing + problem.message
            } else {
                otherErrors.append(problem.description)
            }
        }
        hasErrors = !problems.isEmpty
    }
}
