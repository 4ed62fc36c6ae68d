import Foundation

/// The status changes a hazard (隐患) may make during rectification, checked in one place.
///
/// open → rectifying (整改中) or straight to rectified (立查立改); rectifying → rectified;
/// rectified → verified (re-check passed: needs who verified and when, through the verify step) or back to
/// rectifying (re-check failed). A verified hazard is closed. Anything else is refused naming both states.
package enum HazardTransition {
    /// The allowed (from, to) pairs.
    package static let allowed: [(from: HazardStatus, to: HazardStatus)] = [
        (.open, .rectifying), (.open, .rectified), (.rectifying, .rectified), (.rectified, .verified),
        (.rectified, .rectifying),
    ]

    /// Throws an `illegalTransition` error naming both states unless `from` → `to` is allowed.
    package static func check(from: HazardStatus, to: HazardStatus) throws(AssessmentError) {
        if allowed.contains(where: { $0.from == from && $0.to == to }) { return }
        let next = allowed.filter { $0.from == from }.map { "“\($0.to.label)”" }
        var message = "隐患状态不能从“\(from.label)”变为“\(to.label)”"
        message += next.isEmpty ? "：隐患已验收销号" : "（可改为：\(next.joined(separator: "、"))）"
        throw AssessmentError(.illegalTransition, messages: [message])
    }

    /// Whether a hazard in `status` counts as overdue on `asOf`: still outstanding and past its deadline.
    package static func isOverdue<Day: Comparable>(status: HazardStatus, deadline: Day?, asOf: Day) -> Bool {
        guard status.isOutstanding, let deadline else { return false }
        return asOf > deadline
    }
}
