import Foundation

/// A hazard with its enterprise, as lists and ledgers show it.
package struct HazardListing: Sendable, Equatable {
    /// The hazard.
    package var hazard: Hazard
    /// The enterprise it belongs to.
    package var enterprise: Enterprise
    /// Whether it is overdue (on the filter's day, else today).
    package var overdue: Bool
}
