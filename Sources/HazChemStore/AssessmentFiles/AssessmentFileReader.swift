import Foundation
import HazChemCore
import HazChemTables

/// Reads an assessment file, collecting every structural problem with its line and field.
///
/// Only the shape and the values' types are checked here; whether item ids, rule ids, experts and dates fit
/// the tables and the database is checked by the import, which names the same lines.
package enum AssessmentFileReader {
    /// The `kind:` an assessment file declares.
    package static let kind = "assessment"

    static let rootKeys: Set<String> = [
        "kind", "format", "note", "enterprise", "panel", "tables", "submitted", "responses", "hazards", "grading",
        "risk", "not_rectifiable", "conclusion", "spot_checks", "signatures", "disposition",
    ]

    /// The enterprise keys and the profile field each one fills.
    static let enterpriseKeys: [(key: String, field: EnterpriseField)] = [
        ("credit_code", .creditCode), ("name", .name), ("county", .county), ("kind", .kind), ("address", .address),
        ("principal", .principal), ("contact_phone", .contactPhone), ("licence_number", .licenceNumber),
        ("licence_scope", .licenceScope), ("licence_expiry", .licenceExpiry), ("in_chemical_park", .inChemicalPark),
        ("major_hazard_levels", .majorHazardLevels), ("hazardous_processes", .hazardousProcesses),
        ("key_chemicals", .keyChemicals), ("standardisation_level", .standardisationLevel),
        ("operating_status", .operatingStatus), ("self_reactive_units", .selfReactiveUnits),
    ]

    /// Reads the file at `url`.
    package static func read(contentsOf url: URL) throws(TableError) -> AssessmentFile {
        try read(file: url.lastPathComponent, text: InputFile.text(at: url, limit: InputFile.yamlLimit))
    }

    /// Reads assessment-file text; `file` names it in messages.
    package static func read(file: String, text: String) throws(TableError) -> AssessmentFile {
        let document = YAMLDocument(file: file, text: text)
        let result = document.root.flatMap { AssessmentFileParse(root: $0).read() }
        if !document.problems.isEmpty { throw TableError(problems: TableCatalog.inLineOrder(document.problems)) }
        guard let result else { throw TableError(file: file, message: "无法读取评估文件") }
        return result
    }
}

/// One pass over a parsed assessment file.
final class AssessmentFileParse {
    let root: YAMLField
    var document: YAMLDocument { root.document }
    /// Field path → line of every field read.
    var lines: [String: Int] = [:]

    init(root: YAMLField) { self.root = root }

    /// Remembers the line of `field`.
    func mark(_ field: YAMLField?) { if let field, let line = field.line { lines[field.path] = line } }

    func read() -> AssessmentFile? {
        guard root.scalarText == nil else {
            document.report(root, "评估文件应为YAML映射（kind: assessment、enterprise、panel…）")
            return nil
        }
        root.rejectUnknownKeys(AssessmentFileReader.rootKeys)
        for key in AssessmentFileReader.rootKeys { mark(root[key]) }
        if let kind = root.required("kind"), let text = kind.text, text != AssessmentFileReader.kind {
            document.report(kind, "应为 \(AssessmentFileReader.kind)，实际为“\(text)”")
        }
        if let format = root["format"], let value = format.integer, value != 1 {
            document.report(format, "不支持的格式版本 \(value)（本程序支持 1）")
        }
        // Enterprise.
        var profile: [EnterpriseField: String] = [:]
        let enterprise = root.required("enterprise")
        mark(enterprise)
        if let enterprise {
            enterprise.rejectUnknownKeys(Set(AssessmentFileReader.enterpriseKeys.map(\.key)))
            for (key, field) in AssessmentFileReader.enterpriseKeys {
                guard let value = enterprise[key] else { continue }
                mark(value)
                if value.scalarText == nil {
                    profile[field] = value.items.compactMap(\.scalarText).joined(separator: "、")
                } else {
                    profile[field] = value.scalarText!.trimmingCharacters(in: .whitespacesAndNewlines)
                }
            }
            if let field = enterprise.required("credit_code"), let text = field.text,
                case .failure(let problem) = CreditCode.validate(text)
            {
                document.report(field, problem.description)
            }
        }
        // Panel.
        let panel = root.required("panel")
        mark(panel)
        panel?.rejectUnknownKeys(["name", "on_site_start", "on_site_end", "members"])
        let panelName = panel?.text("name")
        let start = panel.flatMap { date($0.required("on_site_start")) }
        let end = panel.flatMap { date($0.required("on_site_end")) }
        var members: [AssessmentFile.Member] = []
        for item in panel?.items("members") ?? [] {
            mark(item)
            item.rejectUnknownKeys(["name", "organisation", "role", "specialty", "title"])
            let name = item.text("name")
            let role = item.required("role").flatMap { field in
                field.text.flatMap { text in
                    PanelRole(label: text)
                        ?? {
                            document.report(field, "未知的角色“\(text)”（应为：组长、成员、监管人员）"); return nil
                        }()
                }
            }
            let specialty = item.required("specialty").flatMap { field in
                field.text.flatMap { text in
                    Specialty(label: text)
                        ?? {
                            let names = Specialty.allCases.map(\.label).joined(separator: "、")
                            document.report(field, "未知的专业“\(text)”（应为：\(names)）")
                            return nil
                        }()
                }
            }
            if let name, let role, let specialty {
                members.append(
                    .init(
                        name: name, organisation: optional(item["organisation"]), role: role, specialty: specialty,
                        title: optional(item["title"])))
            }
        }
        // Tables.
        let tables = root.required("tables")
        mark(tables)
        tables?.rejectUnknownKeys(["grading", "checklist", "criteria"])
        let grading = tables.flatMap { tableRef($0.required("grading")) }
        let checklist = tables.flatMap { tableRef($0.required("checklist")) }
        let criteria = tables?["criteria"].flatMap { tableRef($0) }
        let submitted = root["submitted"].flatMap { field -> LocalDate? in
            mark(field); return date(field)
        }
        // Responses and hazard plans.
        var responses: [AssessmentResponseInput] = []
        if let field = root["responses"] {
            mark(field)
            for (itemID, value) in field.entries {
                mark(value)
                if let response = response(itemID, value) { responses.append(response) }
            }
        }
        var hazards: [AssessmentFile.HazardPlan] = []
        if let field = root["hazards"] {
            mark(field)
            for (itemID, value) in field.entries {
                mark(value)
                value.rejectUnknownKeys(["measure", "deadline", "responsible", "location"])
                let deadline = value["deadline"].flatMap { date($0) }
                if value["deadline"] != nil, deadline == nil { continue }
                hazards.append(
                    .init(
                        itemID: itemID,
                        details: HazardDetails(
                            measure: optional(value["measure"]), deadline: deadline,
                            responsiblePerson: optional(value["responsible"]),
                            location: value["location"].map { optional($0) })))
            }
        }
        // Grading answers.
        var answers: [(id: String, answer: GradingAnswer)]?
        var proposed: [(id: String, answer: GradingAnswer)] = []
        var directRed: [String] = []
        if let field = root["grading"] {
            mark(field)
            field.rejectUnknownKeys(["answers", "direct_red", "proposed"])
            answers = field["answers"].map { self.answers($0) }
            proposed = self.answers(field["proposed"])
            if let list = field["direct_red"] {
                mark(list)
                for item in list.items {
                    mark(item)
                    if let id = item.text { directRed.append(id) }
                }
            }
        }
        // Risk, finding, spot checks, signatures, disposition.
        var risk = RiskDescription()
        if let field = root["risk"] {
            mark(field)
            let keys: [(String, RiskDescription.Field)] = [
                ("affected_area", .affectedArea), ("risk_value", .riskValue), ("control_adequacy", .controlAdequacy),
                ("reduction_measures", .reductionMeasures),
            ]
            field.rejectUnknownKeys(Set(keys.map(\.0)))
            for (key, part) in keys {
                mark(field[key])
                let text = optional(field[key])
                risk[part] = text.isEmpty ? nil : text
            }
        }
        let notRectifiable = root["not_rectifiable"].flatMap { field -> String? in
            mark(field); return field.text
        }
        let conclusion = root["conclusion"].flatMap { field -> String? in
            mark(field); return field.text
        }
        var spotChecks: [AssessmentFile.SpotCheckLine] = []
        for item in root["spot_checks"]?.items ?? [] {
            mark(item)
            item.rejectUnknownKeys(["person", "role", "result", "note"])
            let person = item.text("person")
            let role = item.required("role").flatMap { field in
                field.text.flatMap { text in
                    SpotCheckRole(label: text)
                        ?? {
                            let names = SpotCheckRole.allCases.map(\.label).joined(separator: "、")
                            document.report(field, "未知的抽查对象“\(text)”（应为：\(names)）")
                            return nil
                        }()
                }
            }
            let result = item.required("result").flatMap { field in
                field.text.flatMap { text in
                    SpotCheckResult(label: text)
                        ?? {
                            document.report(field, "抽查结果应为“合格”或“不合格”，实际为“\(text)”"); return nil
                        }()
                }
            }
            if let person, let role, let result {
                spotChecks.append(.init(person: person, role: role, result: result, note: optional(item["note"])))
            }
        }
        var signatures: [AssessmentFile.SignatureLine] = []
        for item in root["signatures"]?.items ?? [] {
            mark(item)
            item.rejectUnknownKeys(["expert", "date"])
            if let expert = item.text("expert"), let day = date(item.required("date")) {
                signatures.append(.init(expert: expert, date: day))
            }
        }
        let disposition = root["disposition"].flatMap { field -> AssessmentFile.DispositionLine? in
            mark(field)
            return self.disposition(field)
        }
        guard let grading, let checklist, let panelName, let start, let end, document.problems.isEmpty else {
            return nil
        }
        var file = AssessmentFile(
            creditCode: profile[.creditCode] ?? "", enterprise: profile, panelName: panelName, onSiteStart: start,
            onSiteEnd: end, members: members, grading: grading, checklist: checklist, criteria: criteria,
            submitted: submitted, responses: responses, hazards: hazards, answers: answers, directRed: directRed,
            proposed: proposed, risk: risk, notRectifiable: notRectifiable, spotChecks: spotChecks,
            signatures: signatures, disposition: disposition)
        file.conclusion = conclusion
        file.lines = lines
        return file
    }
}
