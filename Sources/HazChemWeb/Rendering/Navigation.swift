import Foundation
import HazChemStore

/// The main navigation: one entry per area, shown only to the roles that may use it.
///
/// Later areas (评估, 隐患台账, 月报) add a line here and a route group in ``WebApplication``.
package struct NavigationItem: Sendable, Equatable {
    /// The menu text.
    package var label: String
    /// Where it leads.
    package var href: String
    /// The roles that see it; empty means every signed-in user.
    package var roles: Set<UserRole>

    /// Every area in menu order.
    package static let all: [NavigationItem] = [
        NavigationItem(label: "首页", href: "/", roles: []),
        NavigationItem(label: "企业", href: "/enterprises", roles: []),
        NavigationItem(label: "评估", href: "/assessments", roles: []),
        NavigationItem(label: "专家组", href: "/panels", roles: [.administrator, .prefecture, .county]),
        NavigationItem(label: "隐患台账", href: "/hazards", roles: []),
        NavigationItem(label: "专家", href: "/experts", roles: [.administrator, .prefecture, .county]),
        NavigationItem(label: "月报", href: "/monthly", roles: [.administrator, .prefecture, .county]),
        NavigationItem(label: "审计日志", href: "/audit", roles: [.administrator, .prefecture]),
        NavigationItem(label: "用户管理", href: "/admin/users", roles: [.administrator, .county]),
    ]

    /// The entries `role` sees.
    package static func items(for role: UserRole) -> [NavigationItem] {
        all.filter { $0.roles.isEmpty || $0.roles.contains(role) }
    }

    /// Whether the page at `path` belongs to this entry.
    package func contains(path: String) -> Bool {
        href == "/" ? path == "/" : (path == href || path.hasPrefix(href + "/"))
    }
}
