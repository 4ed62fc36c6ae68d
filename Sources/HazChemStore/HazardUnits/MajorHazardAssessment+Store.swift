import Foundation
import HazChemCore

extension MajorHazardAssessment {
    /// The level of each major hazard installation as stored in ``Enterprise/majorHazardLevels``:
    /// numbers 1–4, most severe first (the example units give `[3, 4]`).
    package var levelNumbers: [Int] { units.compactMap(\.level).map(\.number).sorted() }
}
