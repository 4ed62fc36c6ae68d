import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// Stores a new expert; the name is required and an employer must be a stored enterprise.
    @discardableResult
    package func addExpert(_ expert: Expert, actor: String) throws(StoreError) -> Expert {
        try Self.checkActor(actor)
        return try write { db in try insertExpert(db, expert, actor: actor) }
    }

    /// ``addExpert(_:actor:)`` in the caller's transaction.
    func insertExpert(_ db: Database, _ expert: Expert, actor: String) throws -> Expert {
        var problems: [StoreError.Problem] = []
        if expert.name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problems.append(.init(field: "姓名", message: "专家姓名不能为空"))
        }
        try Self.checkExpert(db, expert, problems: &problems)
        if !problems.isEmpty { throw StoreError(.invalidInput, problems: problems) }
        var record = expert
        record.id = nil
        (record.createdAt, record.updatedAt) = (now(), now())
        try record.insert(db)
        try audit(
            db, actor: actor, action: "create", entity: "expert", entityID: record.id.map(String.init),
            after: try AuditJSON.encode(record))
        return record
    }

    /// The experts, optionally of one specialty, by name.
    package func experts(specialty: Specialty? = nil) throws(StoreError) -> [Expert] {
        try read { db in
            var request = Expert.all()
            if let specialty { request = request.filter(Column("specialty") == specialty.rawValue) }
            return try request.order(Column("name"), Column("id")).fetchAll(db)
        }
    }

    /// The expert with this id, or nil.
    package func expert(id: Int64) throws(StoreError) -> Expert? {
        try read { db in try Expert.fetchOne(db, key: id) }
    }
}
