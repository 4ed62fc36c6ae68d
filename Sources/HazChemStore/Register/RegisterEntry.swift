import Foundation
import HazChemCore

/// One enterprise of the enterprise register (企业台账) with its latest counted assessment, as the register
/// query yields it (see ``AppDatabase/withRegisterEntries(countyCode:_:)``).
package struct RegisterEntry: Sendable, Equatable {
    /// 统一社会信用代码.
    package var creditCode: String
    /// 企业名称.
    package var name: String
    /// The county's name (its code when the county is not configured).
    package var countyName: String
    /// 企业类型.
    package var kind: EnterpriseKind
    /// 地址.
    package var address: String
    /// 主要负责人.
    package var principal: String
    /// 联系电话.
    package var contactPhone: String
    /// 许可证编号.
    package var licenceNumber: String
    /// 许可证有效期至.
    package var licenceExpiry: LocalDate?
    /// 是否在化工园区.
    package var inChemicalPark: Bool
    /// The most severe major hazard level (1 most severe), nil when none.
    package var majorHazardLevel: Int?
    /// How many key-supervised hazardous processes it runs.
    package var hazardousProcessCount: Int
    /// 安全生产标准化 level 1–3, nil when none.
    package var standardisationLevel: Int?
    /// 经营状态.
    package var operatingStatus: OperatingStatus
    /// The on-site end day of the latest signed assessment (not replaced by a signed correction).
    package var lastAssessment: LocalDate?
    /// Its score.
    package var score: Tenths?
    /// Its grade.
    package var grade: Grade?
    /// The disposition class decided on it.
    package var disposition: DispositionClass?
    /// The enterprise's major hazards still open or being rectified.
    package var openMajorHazards: Int
    /// 涉及自身反应性化学品装置 (assessed by the provincial regulator).
    package var selfReactiveUnits = false
    /// When the next assessment is due (``HazChemCore/AssessmentCycle``), flagged when overdue.
    package var nextAssessment: AssessmentCycle.Due = .never
}
