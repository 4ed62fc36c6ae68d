import Foundation
import HazChemCore

/// A stored unit: its row, its chemical rows and the domain unit they make.
struct HazardUnitEntry {
    /// The `hazard_unit` row.
    var record: HazardUnitRecord
    /// Its `hazard_unit_chemical` rows, in order.
    var chemicals: [HazardUnitChemicalRecord]
    /// The unit with its chemicals, as the calculator takes it.
    var unit: HazardUnit
}
