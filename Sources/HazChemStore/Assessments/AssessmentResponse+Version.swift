import Foundation

extension AssessmentResponse {
    /// The stored response's version: when it was last entered, in milliseconds since 1970, as text. A page
    /// sends back the version it showed, so a late or concurrent change is refused instead of overwriting.
    package var version: String { String(Int64((enteredAt.timeIntervalSince1970 * 1000).rounded())) }
}

extension AppDatabase {
    /// The conflict outcome when item `itemID` is no longer at version `basedOn` (empty: not answered); nil when
    /// it is.
    static func stale(_ state: AssessmentState, itemID: String, basedOn: String) -> AssessmentEntryOutcome? {
        let current = state.responses.first { $0.itemID == itemID }
        guard (current?.version ?? "") != basedOn else { return nil }
        return .conflict(current: current, expert: current?.expertID.flatMap { state.experts[$0]?.name })
    }
}
