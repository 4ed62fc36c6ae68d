import Foundation
import GRDB

/// A person who signs in to the web application.
package struct AppUser: Sendable, Equatable, Codable {
    /// The row id, nil before insertion.
    package var id: Int64?
    /// The sign-in name: 2–32 letters, digits, `.`, `_` or `-`; unique regardless of case.
    package var username: String
    /// The name shown on pages (姓名).
    package var displayName: String
    /// The bcrypt hash of the password; never shown, exported or written to the audit log.
    package var passwordHash: String
    /// What the user is.
    package var role: UserRole
    /// The county of a county-bureau user.
    package var countyCode: String?
    /// The expert record of an expert or regulator.
    package var expertID: Int64?
    /// A disabled user cannot sign in and loses its sessions.
    package var disabled: Bool
    /// Unused since sign-ins are throttled without locks (kept for the released schema; always 0).
    package var failedLogins: Int
    /// Unused since sign-ins are throttled without locks (kept for the released schema; always nil).
    package var lockedUntil: Date?
    /// When the record was first stored.
    package var createdAt: Date?
    /// When the record was last changed.
    package var updatedAt: Date?

    /// Creates a user; `passwordHash` is filled in by the store when the user is added.
    package init(
        id: Int64? = nil, username: String, displayName: String, passwordHash: String = "", role: UserRole,
        countyCode: String? = nil, expertID: Int64? = nil, disabled: Bool = false, failedLogins: Int = 0,
        lockedUntil: Date? = nil, createdAt: Date? = nil, updatedAt: Date? = nil
    ) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.passwordHash = passwordHash
        self.role = role
        self.countyCode = countyCode
        self.expertID = expertID
        self.disabled = disabled
        self.failedLogins = failedLogins
        self.lockedUntil = lockedUntil
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The enterprises this user may see.
    package var scope: AccessScope {
        switch role {
        case .administrator, .prefecture: .all
        case .county: .county(countyCode ?? "")
        case .expert, .regulator: .panels(expertID: expertID ?? -1)
        }
    }

    /// `用户“zhangsan”`, for messages.
    package var entityLabel: String { "用户“\(username)”" }

    package enum CodingKeys: String, CodingKey {
        case id, username
        case displayName = "display_name"
        case passwordHash = "password_hash"
        case role
        case countyCode = "county_code"
        case expertID = "expert_id"
        case disabled
        case failedLogins = "failed_logins"
        case lockedUntil = "locked_until"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}

// MARK: - Database

extension AppUser: FetchableRecord, MutablePersistableRecord {
    package static let databaseTableName = "app_user"

    package mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The record as written to the audit log: everything but the password hash.
    var auditRecord: AuditRecord {
        AuditRecord(
            id: id, username: username, displayName: displayName, role: role.rawValue, countyCode: countyCode,
            expertID: expertID, disabled: disabled, lockedUntil: lockedUntil)
    }

    /// The audited fields of a user (the password hash and failure counter are left out).
    struct AuditRecord: Encodable {
        var id: Int64?
        var username: String
        var displayName: String
        var role: String
        var countyCode: String?
        var expertID: Int64?
        var disabled: Bool
        var lockedUntil: Date?

        enum CodingKeys: String, CodingKey {
            case id, username
            case displayName = "display_name"
            case role
            case countyCode = "county_code"
            case expertID = "expert_id"
            case disabled
            case lockedUntil = "locked_until"
        }
    }
}
