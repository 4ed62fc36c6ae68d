import Foundation
import HazChemCore

/// An enterprise particular as users write it: a CSV column header or a CLI option, in Chinese.
///
/// ``header`` is the column header of the enterprise import file (`Config/enterprise-import.md`). (No String raw
/// value on purpose: hashing the case, not a Chinese string, keeps imports fast.)
package enum EnterpriseField: CaseIterable, Sendable, Hashable {
    case creditCode, name, county, kind, address, principal, contactPhone, licenceNumber, licenceScope
    case licenceExpiry, inChemicalPark, majorHazardLevels, hazardousProcesses, keyChemicals
    case standardisationLevel, operatingStatus, selfReactiveUnits

    /// The column header and field name users see.
    package var header: String {
        switch self {
        case .creditCode: "统一社会信用代码"
        case .name: "企业名称"
        case .county: "旗县市"
        case .kind: "企业类型"
        case .address: "地址"
        case .principal: "主要负责人"
        case .contactPhone: "联系电话"
        case .licenceNumber: "许可证编号"
        case .licenceScope: "许可范围"
        case .licenceExpiry: "许可证有效期至"
        case .inChemicalPark: "是否在化工园区"
        case .majorHazardLevels: "重大危险源等级"
        case .hazardousProcesses: "危险化工工艺"
        case .keyChemicals: "重点监管危险化学品"
        case .standardisationLevel: "安全生产标准化等级"
        case .operatingStatus: "经营状态"
        case .selfReactiveUnits: "涉及自身反应性化学品装置"
        }
    }

    /// Columns an import file must have; the others may be left out.
    package var isRequired: Bool {
        switch self {
        case .creditCode, .name, .county, .kind: true
        default: false
        }
    }

    /// Other headers accepted for the same column.
    private static let aliases: [String: EnterpriseField] = [
        "社会信用代码": .creditCode, "信用代码": .creditCode, "单位名称": .name, "旗县": .county,
        "旗县(市)": .county, "旗县市区": .county, "所属旗县市": .county, "类型": .kind, "企业地址": .address,
        "电话": .contactPhone, "许可证号": .licenceNumber, "许可证有效期": .licenceExpiry, "有效期至": .licenceExpiry,
        "是否在园区": .inChemicalPark, "化工园区": .inChemicalPark, "重大危险源": .majorHazardLevels,
        "重点监管危险化工工艺": .hazardousProcesses, "标准化等级": .standardisationLevel,
        "安全标准化等级": .standardisationLevel, "状态": .operatingStatus, "自身反应性化学品装置": .selfReactiveUnits,
        "涉及自身反应性化学品": .selfReactiveUnits, "自身反应性化学品": .selfReactiveUnits,
    ]

    /// Recognises a column header (surrounding spaces and full-width brackets tolerated).
    package init?(header: String) {
        let h = header.trimmed.replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")")
        guard let field = EnterpriseField.allCases.first(where: { $0.header == h }) ?? Self.aliases[h] else {
            return nil
        }
        self = field
    }

    /// Separators accepted between the entries of a list cell: commas, 顿号, semicolons, new lines.
    static let listSeparators: Set<Character> = [",", "，", "、", ";", "；", "\n", "\r\n", "\r"]

    /// Splits a list cell; empty, 无 and / mean an empty list.
    static func list(_ text: String) -> [String] {
        let t = text.trimmed
        if t.isEmpty || t == "无" || t == "/" || t == "-" { return [] }
        return t.split(whereSeparator: { listSeparators.contains($0) })
            .map { String($0).trimmed }
            .filter { !$0.isEmpty }
    }
}
