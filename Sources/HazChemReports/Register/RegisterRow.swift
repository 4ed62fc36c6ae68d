import HazChemCore
import HazChemXLSX

/// One enterprise in the enterprise register (企业台账), as plain values the store can fill in.
package struct RegisterRow: Sendable, Equatable {
    /// 统一社会信用代码.
    package var creditCode: String
    /// 企业名称.
    package var name: String
    /// 旗县市 (county name).
    package var county: String
    /// 企业类型.
    package var kind: EnterpriseKind
    /// 地址.
    package var address: String
    /// 主要负责人.
    package var principal: String
    /// 联系电话.
    package var phone: String
    /// 许可证编号.
    package var licenceNumber: String
    /// 许可证有效期至.
    package var licenceExpiry: LocalDate?
    /// 是否在化工园区.
    package var inChemicalPark: Bool
    /// The most severe major hazard installation level, 1 (一级) to 4 (四级); nil when there is none.
    package var majorHazardLevel: Int?
    /// How many of the 18 key-supervised hazardous processes the enterprise runs.
    package var hazardousProcessCount: Int
    /// Safety-standardisation level 1–3 (一/二/三级); nil when not certified.
    package var standardisationLevel: Int?
    /// 经营状态: 在产, 停产, 关闭.
    package var operatingStatus: String
    /// The date of the latest assessment; nil if never assessed.
    package var lastAssessment: LocalDate?
    /// The latest assessment score.
    package var score: Tenths?
    /// The latest grade.
    package var grade: Grade?
    /// The disposition class decided after the latest assessment.
    package var disposition: DispositionClass?
    /// Major hazards not yet rectified (未整改重大隐患数).
    package var openMajorHazards: Int
    /// 下次评估到期日 and whether it is overdue (逾期未评估).
    package var nextAssessment: AssessmentCycle.Due = .never
    /// 涉及自身反应性化学品装置 (assessed by the provincial regulator).
    package var selfReactiveUnits = false

    /// Creates a row; optional facts default to "none".
    package init(
        creditCode: String, name: String, county: String, kind: EnterpriseKind, address: String = "",
        principal: String = "", phone: String = "", licenceNumber: String = "", licenceExpiry: LocalDate? = nil,
        inChemicalPark: Bool = false, majorHazardLevel: Int? = nil, hazardousProcessCount: Int = 0,
        standardisationLevel: Int? = nil, operatingStatus: String = "在产", lastAssessment: LocalDate? = nil,
        score: Tenths? = nil, grade: Grade? = nil, disposition: DispositionClass? = nil, openMajorHazards: Int = 0
    ) {
        self.creditCode = creditCode
        self.name = name
        self.county = county
        self.kind = kind
        self.address = address
        self.principal = principal
        self.phone = phone
        self.licenceNumber = licenceNumber
        self.licenceExpiry = licenceExpiry
        self.inChemicalPark = inChemicalPark
        self.majorHazardLevel = majorHazardLevel
        self.hazardousProcessCount = hazardousProcessCount
        self.standardisationLevel = standardisationLevel
        self.operatingStatus = operatingStatus
        self.lastAssessment = lastAssessment
        self.score = score
        self.grade = grade
        self.disposition = disposition
        self.openMajorHazards = openMajorHazards
    }
}

extension RegisterRow {
    /// 一级…四级, or 无.
    var majorHazardLabel: String {
        switch majorHazardLevel {
        case 1: "一级"
        case 2: "二级"
        case 3: "三级"
        case 4: "四级"
        default: "无"
        }
    }

    /// 一级…三级, or 未达标.
    var standardisationLabel: String {
        switch standardisationLevel {
        case 1: "一级"
        case 2: "二级"
        case 3: "三级"
        default: "未达标"
        }
    }
}
