import Foundation

/// One page of the hazard ledger with the figures of every matching hazard (not only this page's).
package struct HazardPage: Sendable {
    /// The page.
    package var list: ListPage<HazardListing>
    /// How many matching hazards are major and still outstanding (open or rectifying).
    package var outstandingMajor: Int
    /// How many matching hazards are outstanding past their deadline.
    package var overdue: Int
}
