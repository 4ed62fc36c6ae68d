import Foundation
import HazChemCore

extension MajorHazardLevel {
    /// The level as stored in ``Enterprise/majorHazardLevels``: 一级 → 1 … 四级 → 4.
    package var number: Int { (Self.allCases.firstIndex(of: self) ?? 0) + 1 }

    /// The level stored as `number` (1–4), nil otherwise.
    package init?(number: Int) {
        guard (1...Self.allCases.count).contains(number) else { return nil }
        self = Self.allCases[number - 1]
    }
}
