import Foundation
import HazChemCore

/// A stored panel with its people, its visits and the changes of its people, for display and reports.
package struct PanelDetail: Sendable, Equatable {
    /// One person on the panel.
    package struct Seat: Sendable, Equatable {
        /// The membership (role, specialty covered).
        package var member: PanelMember
        /// The person.
        package var expert: Expert
    }

    /// One scheduled visit with its enterprise and, once created, its assessment's status.
    package struct Visit: Sendable, Equatable {
        /// The visit.
        package var visit: PanelVisit
        /// The enterprise visited.
        package var enterprise: Enterprise
        /// The status of the visit's latest assessment version, nil before one is created.
        package var assessmentStatus: AssessmentStatus?
        /// The id of that latest version.
        package var latestAssessmentID: Int64?
    }

    /// One recorded change with the people named.
    package struct Change: Sendable, Equatable {
        /// The change.
        package var change: PanelMemberChange
        /// The member leaving or absent.
        package var expert: Expert
        /// The person taking the seat (replacement).
        package var replacement: Expert?
    }

    /// The panel.
    package var panel: Panel
    /// The county (or the prefecture) it is formed for.
    package var region: Region?
    /// Leader first, then members, then regulators, each by name.
    package var seats: [Seat]
    /// The visits by first on-site day.
    package var visits: [Visit] = []
    /// Replacements and leave, oldest first.
    package var changes: [Change] = []

    /// The panel's leader.
    package var leader: Expert? { seats.first { $0.member.role == .leader }?.expert }
}
