import Foundation
import HazChemCore

extension Enterprise {
    /// Builds an enterprise from the texts users write (import cells, CLI options), reporting every bad field.
    ///
    /// Absent or empty optional fields take their defaults: not in a park, no major hazard, no process,
    /// no standardisation level, operating status 在产.
    /// Each problem's `field` is the field's Chinese name (``EnterpriseField`` raw value).
    package static func parse(
        _ values: [EnterpriseField: String], regions: RegionDirectory
    ) throws(StoreError) -> Enterprise {
        var problems: [StoreError.Problem] = []
        for field in EnterpriseField.allCases {
            if let problem = values[field]?.controlCharacterProblem() { problems.append(.problem(field, problem)) }
        }
        guard problems.isEmpty else { throw StoreError(.invalidInput, problems: problems) }
        func text(_ field: EnterpriseField) -> String { values[field]?.trimmed ?? "" }
        func required(_ field: EnterpriseField) -> String? {
            let t = text(field)
            if t.isEmpty { problems.append(.problem(field, "\(field.header)不能为空")) }
            return t.isEmpty ? nil : t
        }

        var creditCode: CreditCode?
        if let t = required(.creditCode) {
            switch CreditCode.validate(t) {
            case .success(let code): creditCode = code
            case .failure(let problem): problems.append(.problem(.creditCode, problem.description))
            }
        }
        let name = required(.name)
        var county: Region?
        if let t = required(.county) {
            county = regions.county(t)
            if county == nil { problems.append(.problem(.county, regions.unknownCountyMessage(t))) }
        }
        var kind: EnterpriseKind?
        if let t = required(.kind) {
            kind = kindsByText[t] ?? EnterpriseKind(label: t)
            if kind == nil {
                let labels = EnterpriseKind.allCases.map(\.label).joined(separator: "、")
                problems.append(.problem(.kind, "未知的企业类型“\(t)”（应为：\(labels)）"))
            }
        }
        var expiry: LocalDate?
        let expiryText = text(.licenceExpiry)
        if !expiryText.isEmpty {
            expiry = LocalDate(parsing: expiryText)
            if expiry == nil {
                problems.append(.problem(.licenceExpiry, "日期“\(expiryText)”无效（应为YYYY-MM-DD，如2021-06-30）"))
            }
        }
        let inPark = parseBool(text(.inChemicalPark), field: .inChemicalPark, into: &problems)
        let selfReactive = parseBool(text(.selfReactiveUnits), field: .selfReactiveUnits, into: &problems)
        let levels = parseLevels(text(.majorHazardLevels), into: &problems)
        let processes = parseProcesses(text(.hazardousProcesses), into: &problems)
        let standardisation = parseStandardisation(text(.standardisationLevel), into: &problems)
        var status = OperatingStatus.operating
        let statusText = text(.operatingStatus)
        if !statusText.isEmpty {
            if let s = OperatingStatus(label: statusText) {
                status = s
            } else {
                problems.append(.problem(.operatingStatus, "未知的经营状态“\(statusText)”（应为：在产、停产、关闭）"))
            }
        }

        guard problems.isEmpty, let creditCode, let name, let county, let kind else {
            throw StoreError(.invalidInput, problems: problems)
        }
        var chemicals: [String] = []
        for chemical in EnterpriseField.list(values[.keyChemicals] ?? "") where !chemicals.contains(chemical) {
            chemicals.append(chemical)
        }
        return Enterprise(
            creditCode: creditCode, name: name, countyCode: county.code, address: text(.address), kind: kind,
            principal: text(.principal), contactPhone: text(.contactPhone),
            licenceNumber: text(.licenceNumber), licenceScope: text(.licenceScope), licenceExpiry: expiry,
            inChemicalPark: inPark, majorHazardLevels: levels, hazardousProcesses: processes,
            keyChemicals: chemicals, standardisationLevel: standardisation, operatingStatus: status,
            selfReactiveUnits: selfReactive)
    }

    /// The fields as users write them; ``parse(_:regions:)`` of this gives the same particulars back.
    package var fieldTexts: [EnterpriseField: String] {
        [
            .creditCode: creditCode.value, .name: name, .county: countyCode, .kind: kind.label, .address: address,
            .principal: principal, .contactPhone: contactPhone, .licenceNumber: licenceNumber,
            .licenceScope: licenceScope, .licenceExpiry: licenceExpiry?.description ?? "",
            .inChemicalPark: inChemicalPark ? "是" : "否",
            .majorHazardLevels: majorHazardLevels.map { Self.levelNames[$0 - 1] }.joined(separator: "、"),
            .hazardousProcesses: hazardousProcesses.joined(separator: "、"),
            .keyChemicals: keyChemicals.joined(separator: "、"),
            .standardisationLevel: standardisationLevel.map { Self.levelNames[$0 - 1] } ?? "无",
            .operatingStatus: operatingStatus.label, .selfReactiveUnits: selfReactiveUnits ? "是" : "否",
        ]
    }

    /// `是（由省级应急管理部门评估）` or `否`: the self-reactive flag as the enterprise pages and register show it.
    package var selfReactiveUnitsLabel: String { selfReactiveUnits ? "是（由省级应急管理部门评估）" : "否" }

    /// Checks a typed enterprise as ``parse(_:regions:)`` checks texts (for API callers that build records).
    package func problems(regions: RegionDirectory) -> [StoreError.Problem] {
        var problems: [StoreError.Problem] = []
        let texts = fieldTexts
        for field in EnterpriseField.allCases {
            if let problem = texts[field]?.controlCharacterProblem() { problems.append(.problem(field, problem)) }
        }
        if name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problems.append(.problem(.name, "企业名称不能为空"))
        }
        if regions.county(code: countyCode) == nil {
            problems.append(.problem(.county, regions.unknownCountyMessage(countyCode)))
        }
        if let bad = majorHazardLevels.first(where: { !(1...4).contains($0) }) {
            problems.append(.problem(.majorHazardLevels, "重大危险源等级应为1至4级，实际为\(bad)"))
        }
        for process in hazardousProcesses where HazardousProcesses.canonical(process) != process {
            problems.append(.problem(.hazardousProcesses, Self.unknownProcessMessage(process)))
        }
        if let level = standardisationLevel, !(1...3).contains(level) {
            problems.append(.problem(.standardisationLevel, "安全生产标准化等级应为一级、二级或三级，实际为\(level)"))
        }
        return problems
    }

    private static let levelNames = ["一级", "二级", "三级", "四级"]

    /// Every spelling of every kind accepted without normalising (the hot path of imports).
    private static let kindsByText: [String: EnterpriseKind] = {
        var table: [String: EnterpriseKind] = [:]
        for kind in EnterpriseKind.allCases {
            table[kind.rawValue] = kind
            table[kind.label] = kind
            table[kind.label.replacingOccurrences(of: "(", with: "（").replacingOccurrences(of: ")", with: "）")] = kind
        }
        return table
    }()

    private static func level(_ token: String) -> Int? {
        let t = token.hasSuffix("级") ? String(token.dropLast()) : token
        return ["一", "二", "三", "四"].firstIndex(of: t).map { $0 + 1 } ?? Int(t)
    }

    private static func unknownProcessMessage(_ text: String) -> String {
        "未知的危险化工工艺“\(text)”（应为18种重点监管危险化工工艺之一：\(HazardousProcesses.names.joined(separator: "、"))）"
    }

    private static func parseBool(
        _ text: String, field: EnterpriseField, into problems: inout [StoreError.Problem]
    ) -> Bool {
        switch text {
        case "", "否", "不在", "无": return false
        case "是", "在": return true
        default: break
        }
        switch text.lowercased() {
        case "n", "no", "false", "0": return false
        case "y", "yes", "true", "1": return true
        default:
            problems.append(.problem(field, "应为“是”或“否”，实际为“\(text)”"))
            return false
        }
    }

    private static func parseLevels(_ text: String, into problems: inout [StoreError.Problem]) -> [Int] {
        var levels: [Int] = []
        for token in EnterpriseField.list(text) {
            if let level = level(token), (1...4).contains(level) {
                levels.append(level)
            } else {
                problems.append(.problem(.majorHazardLevels, "重大危险源等级“\(token)”无效（应为一级、二级、三级、四级，多个用顿号分隔，没有填“无”）"))
            }
        }
        return levels.sorted()
    }

    private static func parseProcesses(_ text: String, into problems: inout [StoreError.Problem]) -> [String] {
        var processes: [String] = []
        for token in EnterpriseField.list(text) {
            if let name = HazardousProcesses.canonical(token) {
                if !processes.contains(name) { processes.append(name) }
            } else {
                problems.append(.problem(.hazardousProcesses, unknownProcessMessage(token)))
            }
        }
        return processes
    }

    private static func parseStandardisation(_ text: String, into problems: inout [StoreError.Problem]) -> Int? {
        switch text {
        case "", "无", "未达标", "未评定", "否", "/": return nil
        default:
            if let level = level(text), (1...3).contains(level) { return level }
            let t = text.replacingOccurrences(of: "标准化", with: "").replacingOccurrences(of: "企业", with: "")
            if let level = level(t), (1...3).contains(level) { return level }
            problems.append(.problem(.standardisationLevel, "安全生产标准化等级“\(text)”无效（应为一级、二级、三级或无）"))
            return nil
        }
    }
}

extension StoreError.Problem {
    /// A problem with one enterprise field, named by its Chinese header.
    static func problem(_ field: EnterpriseField, _ message: String) -> StoreError.Problem {
        StoreError.Problem(field: field.header, message: message)
    }
}
