import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// The experts a scope manages, by name: a county's own, every expert for ``AccessScope/all``, none for an
    /// expert's scope.
    package func experts(scope: AccessScope) throws(StoreError) -> [Expert] {
        try read { db in
            var request = Expert.all()
            switch scope {
            case .all: break
            case .county(let code): request = request.filter(Column("county_code") == code)
            case .panels: return []
            }
            return try request.order(Column("name"), Column("id")).fetchAll(db)
        }
    }

    /// Updates an expert's particulars (audited before/after); nothing is written when nothing changed.
    @discardableResult
    package func updateExpert(_ expert: Expert, actor: String) throws(StoreError) -> Expert {
        try Self.checkActor(actor)
        guard let id = expert.id else {
            throw StoreError(.invalidInput, entity: expert.entityLabel, message: "更新专家时必须给出专家编号")
        }
        return try write { db in
            guard let existing = try Expert.fetchOne(db, key: id) else {
                throw StoreError(.notFound, entity: "专家 #\(id)", message: "专家不存在")
            }
            var problems: [StoreError.Problem] = []
            if expert.name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                problems.append(.init(field: "姓名", message: "专家姓名不能为空"))
            }
            try Self.checkExpert(db, expert, problems: &problems)
            if !problems.isEmpty { throw StoreError(.invalidInput, problems: problems) }
            var record = expert
            (record.createdAt, record.updatedAt) = (existing.createdAt, existing.updatedAt)
            if record == existing { return existing }
            record.updatedAt = now()
            try record.update(db)
            try audit(
                db, actor: actor, action: "update", entity: "expert", entityID: String(id),
                before: try AuditJSON.encode(existing), after: try AuditJSON.encode(record))
            return record
        }
    }

    /// The checks shared by adding and updating: clean texts, an existing employer and county.
    static func checkExpert(_ db: Database, _ expert: Expert, problems: inout [StoreError.Problem]) throws {
        for (field, value) in [
            ("姓名", expert.name), ("单位", expert.organisation), ("职称", expert.title), ("电话", expert.phone),
            ("来源", expert.source),
        ] {
            if let problem = value.controlCharacterProblem() { problems.append(.init(field: field, message: problem)) }
        }
        if let employer = expert.employerEnterpriseID, try Enterprise.fetchOne(db, key: employer) == nil {
            problems.append(.init(field: "工作单位企业", message: "企业编号 \(employer) 不存在"))
        }
        if let county = expert.countyCode,
            try Region.filter(Column("code") == county && Column("level") == Region.Level.county.rawValue)
                .fetchCount(db) == 0
        {
            problems.append(.init(field: "所属旗县市", message: "旗县市代码“\(county)”不存在"))
        }
    }
}
