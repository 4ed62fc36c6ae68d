import Foundation

/// A bureau's disposition of an assessed enterprise: the class, the panel's finding, and the closure action.
package struct DispositionDecision: Sendable, Equatable, Codable {
    /// The control class chosen.
    package var disposition: DispositionClass
    /// The panel's reason for finding the enterprise cannot be rectified (不具备整改条件), if it so found.
    package var notRectifiableReason: String?
    /// 停产整改 or 关闭淘汰, required for closeOrSuspend and only allowed there.
    package var action: ClosureAction?

    /// Creates a decision.
    package init(_ disposition: DispositionClass, notRectifiableReason: String? = nil, action: ClosureAction? = nil) {
        self.disposition = disposition
        self.notRectifiableReason = notRectifiableReason
        self.action = action
    }

    /// Whether a non-blank "not rectifiable" reason was given.
    package var hasNotRectifiableFinding: Bool {
        !(notRectifiableReason?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true)
    }
}
