import Foundation
import GRDB
import HazChemCore

/// A hazardous-chemical enterprise in the campaign (DOMAIN.md section 2).
package struct Enterprise: Sendable, Equatable, Codable {
    /// The row id, nil before insertion.
    package var id: Int64?
    /// 统一社会信用代码, unique in the campaign.
    package var creditCode: CreditCode
    /// 企业名称.
    package var name: String
    /// The county's GB/T 2260 code.
    package var countyCode: String
    /// 地址.
    package var address: String
    /// 生产, 储存, 经营(带储存) or 经营(不带储存); decides the checklist and grading table.
    package var kind: EnterpriseKind
    /// 主要负责人.
    package var principal: String
    /// 联系电话.
    package var contactPhone: String
    /// 安全生产许可证 or 经营许可证 number.
    package var licenceNumber: String
    /// 许可范围.
    package var licenceScope: String
    /// 许可证有效期至.
    package var licenceExpiry: LocalDate?
    /// Inside a chemical park (化工园区/集中区).
    package var inChemicalPark: Bool
    /// The level (1–4) of each major hazard installation (重大危险源), most severe first.
    package var majorHazardLevels: [Int]
    /// The key-supervised hazardous processes involved, by official name (``HazardousProcesses``).
    package var hazardousProcesses: [String]
    /// The key-supervised hazardous chemicals (重点监管危险化学品) handled.
    package var keyChemicals: [String]
    /// 安全生产标准化 level 1–3, nil when none.
    package var standardisationLevel: Int?
    /// 在产, 停产 or 关闭.
    package var operatingStatus: OperatingStatus
    /// Has units of self-reactive chemicals (涉及自身反应性化学品装置: 环氧化合物、过氧化物、偶氮化合物、硝基化合物 …);
    /// the 19号 notice has such enterprises assessed by the provincial regulator (由省级应急管理部门评估).
    package var selfReactiveUnits: Bool
    /// When the record was first stored.
    package var createdAt: Date?
    /// When the record was last changed.
    package var updatedAt: Date?

    /// Creates an enterprise; optional particulars default to empty.
    package init(
        id: Int64? = nil, creditCode: CreditCode, name: String, countyCode: String, address: String = "",
        kind: EnterpriseKind, principal: String = "", contactPhone: String = "", licenceNumber: String = "",
        licenceScope: String = "", licenceExpiry: LocalDate? = nil, inChemicalPark: Bool = false,
        majorHazardLevels: [Int] = [], hazardousProcesses: [String] = [], keyChemicals: [String] = [],
        standardisationLevel: Int? = nil, operatingStatus: OperatingStatus = .operating,
        selfReactiveUnits: Bool = false, createdAt: Date? = nil, updatedAt: Date? = nil
    ) {
        self.id = id
        self.creditCode = creditCode
        self.name = name
        self.countyCode = countyCode
        self.address = address
        self.kind = kind
        self.principal = principal
        self.contactPhone = contactPhone
        self.licenceNumber = licenceNumber
        self.licenceScope = licenceScope
        self.licenceExpiry = licenceExpiry
        self.inChemicalPark = inChemicalPark
        self.majorHazardLevels = majorHazardLevels
        self.hazardousProcesses = hazardousProcesses
        self.keyChemicals = keyChemicals
        self.standardisationLevel = standardisationLevel
        self.operatingStatus = operatingStatus
        self.selfReactiveUnits = selfReactiveUnits
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The most severe major hazard level (1 is the most severe), nil when there is none.
    package var highestMajorHazardLevel: Int? { majorHazardLevels.min() }

    /// `企业 91350100M000100Y43`, for messages.
    package var entityLabel: String { "企业 \(creditCode)" }

    /// Whether the user-visible particulars equal `other`'s (ids and timestamps ignored).
    package func hasSameParticulars(as other: Enterprise) -> Bool {
        var a = self
        var b = other
        (a.id, a.createdAt, a.updatedAt) = (nil, nil, nil)
        (b.id, b.createdAt, b.updatedAt) = (nil, nil, nil)
        return a == b
    }

    package enum CodingKeys: String, CodingKey {
        case id
        case creditCode = "credit_code"
        case name
        case countyCode = "county_code"
        case address, kind, principal
        case contactPhone = "contact_phone"
        case licenceNumber = "licence_number"
        case licenceScope = "licence_scope"
        case licenceExpiry = "licence_expiry"
        case inChemicalPark = "in_chemical_park"
        case majorHazardLevels = "major_hazard_levels"
        case hazardousProcesses = "hazardous_processes"
        case keyChemicals = "key_chemicals"
        case standardisationLevel = "standardisation_level"
        case operatingStatus = "operating_status"
        case selfReactiveUnits = "self_reactive_units"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
