import Foundation
import HazChemCore

/// What recording signatures led to: signed, or still waiting for the requirements listed.
package struct AssessmentSignOutcome: Sendable, Equatable {
    /// The assessment after the signatures were recorded.
    package var assessment: Assessment
    /// Whether the assessment is now signed.
    package var signed: Bool { assessment.status == .signed }
    /// What is still missing (signatures of other experts); empty once signed.
    package var unmet: [SignOffRequirement]
    /// The hazards created at sign-off (or carried over from the corrected version).
    package var hazards: [Hazard]
}
