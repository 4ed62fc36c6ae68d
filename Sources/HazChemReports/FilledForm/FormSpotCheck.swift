import HazChemCore

/// One row of 应知应会抽查 on a checklist form: the person examined, their post, the result and the
/// questions asked (备注).
package struct FormSpotCheck: Sendable, Equatable {
    /// 被抽查人员.
    package var person: String
    /// 岗位.
    package var role: SpotCheckRole
    /// 合格 or 不合格.
    package var result: SpotCheckResult
    /// 抽查问题及备注.
    package var note: String

    /// Creates a row.
    package init(person: String, role: SpotCheckRole, result: SpotCheckResult, note: String = "") {
        self.person = person
        self.role = role
        self.result = result
        self.note = note
    }
}
