import Foundation
import GRDB
import HazChemCore

/// An expert, or a bureau's regulator, who can serve on assessment panels.
package struct Expert: Sendable, Equatable, Codable {
    /// The row id, nil before insertion.
    package var id: Int64?
    /// 姓名.
    package var name: String
    /// 工作单位.
    package var organisation: String
    /// 专业.
    package var specialty: Specialty
    /// 职称, such as 高级工程师.
    package var title: String
    /// Where the expert comes from, such as 盟专家库 or 应急管理局.
    package var source: String
    /// 联系电话.
    package var phone: String
    /// The enterprise employing the expert, if it is one in the campaign (the expert may not assess it).
    package var employerEnterpriseID: Int64?
    /// The county bureau that manages the expert; nil for the prefecture's pool.
    package var countyCode: String?
    /// A regulator (安全监管人员) of the bureau rather than an outside expert.
    package var isRegulator: Bool
    /// When the record was first stored.
    package var createdAt: Date?
    /// When the record was last changed.
    package var updatedAt: Date?

    /// Creates an expert; optional particulars default to empty.
    package init(
        id: Int64? = nil, name: String, organisation: String = "", specialty: Specialty, title: String = "",
        source: String = "", phone: String = "", employerEnterpriseID: Int64? = nil, countyCode: String? = nil,
        isRegulator: Bool = false, createdAt: Date? = nil, updatedAt: Date? = nil
    ) {
        self.countyCode = countyCode
        self.isRegulator = isRegulator
        self.id = id
        self.name = name
        self.organisation = organisation
        self.specialty = specialty
        self.title = title
        self.source = source
        self.phone = phone
        self.employerEnterpriseID = employerEnterpriseID
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// `专家“张三”（编号3）`, for messages.
    package var entityLabel: String { "专家“\(name)”（编号\(id.map(String.init) ?? "新")）" }
}

// MARK: - Database

extension Expert: FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "expert"

    package enum CodingKeys: String, CodingKey {
        case id, name, organisation, specialty, title, source, phone
        case employerEnterpriseID = "employer_enterprise_id"
        case countyCode = "county_code"
        case isRegulator = "regulator"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
