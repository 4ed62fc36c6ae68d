import Foundation

/// A score band: totals at or above `min` (and below the next band's min) get `grade`.
package struct GradeBand: Sendable, Equatable, Codable {
    /// The grade of the band.
    package var grade: Grade
    /// Inclusive lower bound.
    package var min: Tenths

    /// Creates a band.
    package init(grade: Grade, min: Tenths) {
        self.grade = grade
        self.min = min
    }
}
