import Foundation
import HazChemCore

/// A stored panel with its enterprise and the people on it, for display and reports.
package struct PanelDetail: Sendable, Equatable {
    /// One person on the panel.
    package struct Seat: Sendable, Equatable {
        /// The membership (role, specialty covered).
        package var member: PanelMember
        /// The person.
        package var expert: Expert
    }

    /// The panel.
    package var panel: Panel
    /// The enterprise assessed.
    package var enterprise: Enterprise
    /// Leader first, then members, then regulators, each by name.
    package var seats: [Seat]

    /// The panel's leader.
    package var leader: Expert? { seats.first { $0.member.role == .leader }?.expert }
}
