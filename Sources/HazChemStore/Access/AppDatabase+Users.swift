import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// Stores a new web user with the hash of `password`, after checking every field and the password rules.
    @discardableResult
    package func addUser(
        _ user: AppUser, password: String, hasher: some PasswordHasher, policy: LoginPolicy = LoginPolicy(),
        actor: String
    ) throws(StoreError) -> AppUser {
        try Self.checkActor(actor)
        var record = user
        record.username = user.username.trimmed
        record.displayName = user.displayName.trimmed.isEmpty ? record.username : user.displayName.trimmed
        return try write { db in
            var problems = try Self.problems(of: record, db)
            if let problem = policy.passwordProblem(password, username: record.username) {
                problems.append(.init(field: AppUser.Field.password, message: problem))
            }
            if !problems.isEmpty { throw StoreError(.invalidInput, problems: problems) }
            record.id = nil
            record.passwordHash = hasher.hash(password)
            (record.disabled, record.failedLogins, record.lockedUntil) = (false, 0, nil)
            (record.createdAt, record.updatedAt) = (now(), now())
            try record.insert(db)
            try audit(
                db, actor: actor, action: "create", entity: "app_user", entityID: record.id.map(String.init),
                after: try AuditJSON.encode(record.auditRecord))
            return record
        }
    }

    /// Every web user with their county and expert names, by user name.
    package func userSummaries() throws(StoreError) -> [AppUser.Summary] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT u.*, r.name AS county_name, x.name AS expert_name FROM app_user u
                    LEFT JOIN region r ON r.code = u.county_code LEFT JOIN expert x ON x.id = u.expert_id
                    ORDER BY u.username
                    """)
            return try rows.map {
                AppUser.Summary(
                    user: try AppUser(row: $0), countyName: $0["county_name"], expertName: $0["expert_name"])
            }
        }
    }

    /// The user with this sign-in name (case ignored), or nil.
    package func user(username: String) throws(StoreError) -> AppUser? {
        try read { db in try AppUser.filter(Column("username") == username.trimmed).fetchOne(db) }
    }

    /// The user with this id, or nil.
    package func user(id: Int64) throws(StoreError) -> AppUser? {
        try read { db in try AppUser.fetchOne(db, key: id) }
    }

    /// Disables (ending every session) or re-enables a user.
    ///
    /// The last enabled administrator cannot be disabled.
    @discardableResult
    package func setUserDisabled(username: String, _ disabled: Bool, actor: String) throws(StoreError) -> AppUser {
        try Self.checkActor(actor)
        return try write { db in
            var user = try Self.existingUser(username, db)
            if user.disabled == disabled { return user }
            if disabled && user.role == .administrator {
                let others = try AppUser.filter(Column("role") == UserRole.administrator.rawValue)
                    .filter(Column("disabled") == false).filter(Column("id") != user.id!).fetchCount(db)
                if others == 0 {
                    throw StoreError(
                        .conflict, entity: user.entityLabel, message: "不能停用唯一可用的系统管理员，请先新增另一个系统管理员")
                }
            }
            let before = try AuditJSON.encode(user.auditRecord)
            user.disabled = disabled
            if !disabled { (user.failedLogins, user.lockedUntil) = (0, nil) }
            user.updatedAt = now()
            try user.update(db)
            if disabled { try WebSession.filter(Column("user_id") == user.id!).deleteAll(db) }
            try audit(
                db, actor: actor, action: disabled ? "disable" : "enable", entity: "app_user",
                entityID: String(user.id!), before: before, after: try AuditJSON.encode(user.auditRecord))
            return user
        }
    }

    /// Replaces a user's password and ends every session of the user.
    package func changePassword(
        username: String, password: String, hasher: some PasswordHasher, policy: LoginPolicy = LoginPolicy(),
        actor: String
    ) throws(StoreError) {
        try Self.checkActor(actor)
        if let problem = policy.passwordProblem(password, username: username) {
            throw StoreError(.invalidInput, field: AppUser.Field.password, message: problem)
        }
        try write { db in
            var user = try Self.existingUser(username, db)
            user.passwordHash = hasher.hash(password)
            (user.failedLogins, user.lockedUntil, user.updatedAt) = (0, nil, now())
            try user.update(db)
            try WebSession.filter(Column("user_id") == user.id!).deleteAll(db)
            try audit(
                db, actor: actor, action: "passwd", entity: "app_user", entityID: String(user.id!),
                after: try AuditJSON.encode(user.auditRecord))
        }
    }

    private static func existingUser(_ username: String, _ db: Database) throws -> AppUser {
        guard let user = try AppUser.filter(Column("username") == username.trimmed).fetchOne(db) else {
            throw StoreError(.notFound, entity: "用户“\(username.trimmed)”", message: "用户不存在")
        }
        return user
    }

    /// Every problem of a new user's fields, each naming the form field concerned.
    private static func problems(of user: AppUser, _ db: Database) throws -> [StoreError.Problem] {
        typealias Field = AppUser.Field
        var problems: [StoreError.Problem] = []
        let name = user.username
        if name.count < 2 || name.count > 32 || !name.unicodeScalars.allSatisfy(AppUser.isUsernameScalar) {
            problems.append(.init(field: Field.username, message: "用户名应为2至32个英文字母、数字或 . _ - 字符"))
        } else if let other = try AppUser.filter(Column("username") == name).fetchOne(db) {
            problems.append(.init(field: Field.username, message: "用户名“\(other.username)”已存在"))
        }
        if user.displayName.count > 50 { problems.append(.init(field: Field.displayName, message: "姓名不能超过50个字符")) }
        if user.role.needsCounty {
            if let code = user.countyCode, !code.isEmpty {
                let region = try Region.fetchOne(db, key: code)
                if region?.level != .county {
                    problems.append(.init(field: Field.county, message: "未知的旗县市“\(code)”"))
                }
            } else {
                problems.append(.init(field: Field.county, message: "旗县市应急管理局用户必须选择所属旗县市"))
            }
        } else if user.countyCode != nil {
            problems.append(.init(field: Field.county, message: "只有旗县市应急管理局用户才选择旗县市"))
        }
        if user.role.needsExpert {
            if let id = user.expertID {
                if try Expert.fetchOne(db, key: id) == nil {
                    problems.append(.init(field: Field.expert, message: "专家编号 \(id) 不存在"))
                }
            } else {
                problems.append(.init(field: Field.expert, message: "\(user.role.label)用户必须关联专家库中的人员"))
            }
        } else if user.expertID != nil {
            problems.append(.init(field: Field.expert, message: "只有专家和安全监管人员用户才关联专家库人员"))
        }
        return problems
    }
}
