import Foundation

extension AppUser {
    /// The field names used in problems, matching the labels of the user form.
    package enum Field {
        /// 用户名.
        package static let username = "用户名"
        /// 姓名.
        package static let displayName = "姓名"
        /// 旗县市.
        package static let county = "旗县市"
        /// 专家.
        package static let expert = "关联专家"
        /// 密码.
        package static let password = "密码"
    }

    /// A user with the names of its county and expert record, for lists.
    package struct Summary: Sendable, Equatable {
        /// The user.
        package var user: AppUser
        /// The county's name, for county users.
        package var countyName: String?
        /// The expert's name, for experts and regulators.
        package var expertName: String?
    }

    /// Whether a character may appear in a user name: ASCII letters, digits, `.`, `_`, `-`.
    static func isUsernameScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", ".", "_", "-": true
        default: false
        }
    }
}
