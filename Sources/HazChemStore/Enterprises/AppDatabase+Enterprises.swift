import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// Stores a new enterprise after checking every field; refuses a credit code already stored.
    @discardableResult
    package func addEnterprise(_ enterprise: Enterprise, actor: String) throws(StoreError) -> Enterprise {
        try Self.checkActor(actor)
        return try write { db in try insertEnterprise(db, enterprise, actor: actor) }
    }

    /// ``addEnterprise(_:actor:)`` in the caller's transaction.
    func insertEnterprise(_ db: Database, _ enterprise: Enterprise, actor: String) throws -> Enterprise {
        try Self.check(enterprise, regions: RegionDirectory(try Region.fetchAll(db)))
        if let other = try Enterprise.filter(Column("credit_code") == enterprise.creditCode.value).fetchOne(db) {
            throw StoreError(
                .conflict, field: EnterpriseField.creditCode.header, entity: enterprise.entityLabel,
                message: "统一社会信用代码已存在（企业“\(other.name)”），如需修改请使用更新")
        }
        var record = enterprise
        record.id = nil
        (record.createdAt, record.updatedAt) = (now(), now())
        try record.insert(db)
        try Enterprise.audit(db, at: now().databaseValue, actor: actor, action: "create", id: record.id!, before: nil)
        return record
    }

    /// Replaces the particulars of the stored enterprise with `enterprise.id`; unchanged records are not rewritten.
    @discardableResult
    package func updateEnterprise(_ enterprise: Enterprise, actor: String) throws(StoreError) -> Enterprise {
        try Self.checkActor(actor)
        guard let id = enterprise.id else {
            throw StoreError(.invalidInput, entity: enterprise.entityLabel, message: "更新企业时必须给出企业编号")
        }
        return try write { db in
            guard let existing = try Enterprise.fetchOne(db, key: id) else {
                throw StoreError(.notFound, entity: "企业 #\(id)", message: "企业不存在")
            }
            try Self.check(enterprise, regions: RegionDirectory(try Region.fetchAll(db)))
            if enterprise.hasSameParticulars(as: existing) { return existing }
            if let other = try Enterprise.filter(Column("credit_code") == enterprise.creditCode.value)
                .filter(Column("id") != id).fetchOne(db)
            {
                throw StoreError(
                    .conflict, field: EnterpriseField.creditCode.header, entity: enterprise.entityLabel,
                    message: "统一社会信用代码已被企业“\(other.name)”使用")
            }
            var record = enterprise
            (record.createdAt, record.updatedAt) = (existing.createdAt, now())
            let before = try Enterprise.auditJSON(db, id: id)
            try record.update(db)
            try Enterprise.audit(db, at: now().databaseValue, actor: actor, action: "update", id: id, before: before)
            return record
        }
    }

    /// The enterprise with this credit code, or nil.
    package func enterprise(creditCode: CreditCode) throws(StoreError) -> Enterprise? {
        try read { db in try Enterprise.filter(Column("credit_code") == creditCode.value).fetchOne(db) }
    }

    /// The enterprise with this id, or nil.
    package func enterprise(id: Int64) throws(StoreError) -> Enterprise? {
        try read { db in try Enterprise.fetchOne(db, key: id) }
    }

    /// The enterprises matching `filter`, by county (configuration order) then name.
    package func enterprises(_ filter: EnterpriseFilter = EnterpriseFilter()) throws(StoreError) -> [Enterprise] {
        try read { db in
            var request = Enterprise.all()
            if let county = filter.countyCode { request = request.filter(Column("county_code") == county) }
            if let kind = filter.kind { request = request.filter(Column("kind") == kind.rawValue) }
            if let status = filter.status { request = request.filter(Column("operating_status") == status.rawValue) }
            if let search = filter.search?.trimmingCharacters(in: .whitespaces), !search.isEmpty {
                request = request.filter(
                    sql: "instr(name, ?) > 0 OR instr(credit_code, upper(?)) > 0", arguments: [search, search])
            }
            return try request.order(sql: "(SELECT position FROM region WHERE code = county_code), name, id")
                .fetchAll(db)
        }
    }

    /// How many enterprises are stored.
    package func enterpriseCount() throws(StoreError) -> Int {
        try read { db in try Enterprise.fetchCount(db) }
    }

    /// Throws every field problem of `enterprise` at once.
    static func check(_ enterprise: Enterprise, regions: RegionDirectory) throws(StoreError) {
        let problems = enterprise.problems(regions: regions)
        if !problems.isEmpty {
            throw StoreError(
                .invalidInput,
                problems: problems.map {
                    var problem = $0
                    problem.entity = enterprise.entityLabel
                    return problem
                })
        }
    }
}
