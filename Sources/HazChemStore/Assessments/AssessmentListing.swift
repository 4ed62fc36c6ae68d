import Foundation

/// An assessment with its enterprise and panel names, as lists show it.
package struct AssessmentListing: Sendable, Equatable {
    /// The assessment version.
    package var assessment: Assessment
    /// The enterprise assessed.
    package var enterprise: Enterprise
    /// The panel's name.
    package var panelName: String?
    /// The panel leader's name.
    package var leaderName: String?
    /// Whether the report is late (on the filter's day, else today).
    package var late: Bool
}
