import Foundation
import HazChemStore

/// The user-management list's view model.
struct UserListView {
    struct Row {
        var id: Int64
        var username: String
        var displayName: String
        var role: String
        var county: String
        var expert: String
        var state: String
        var disabled: Bool
        var isSelf: Bool
    }

    var rows: [Row]
    var notice: String?

    init(_ summaries: [AppUser.Summary], currentUserID: Int64?, now: Date, notice: String?) {
        rows = summaries.map { summary in
            let user = summary.user
            let state = user.disabled ? "已停用" : "正常"
            return Row(
                id: user.id!, username: user.username, displayName: user.displayName, role: user.role.label,
                county: summary.countyName ?? "—", expert: summary.expertName ?? "—", state: state,
                disabled: user.disabled, isSelf: user.id == currentUserID)
        }
        self.notice = notice
    }
}
