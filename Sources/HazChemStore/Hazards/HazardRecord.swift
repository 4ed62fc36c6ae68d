import Foundation
import HazChemCore

/// One hazard on the ledger page: the hazard, where it belongs, its history and what may be done with it.
package struct HazardRecord: Sendable, Equatable {
    /// The hazard.
    package var hazard: Hazard
    /// Its enterprise.
    package var enterprise: Enterprise
    /// The enterprise's county name.
    package var countyName: String
    /// The assessment version that found it (or the correcting version it moved to).
    package var assessment: Assessment
    /// Every audit row of the hazard, oldest first: creation, changes, re-checks.
    package var history: [AuditEntry]
    /// Whether it is outstanding after its deadline on the day asked.
    package var overdue: Bool

    /// Whether `role` may change the hazard's status and particulars and record its re-check: the county and
    /// prefecture bureaus (within their scope); panels, regulators and administrators only read the ledger.
    package static func isManaged(by role: UserRole) -> Bool { role == .county || role == .prefecture }
}
