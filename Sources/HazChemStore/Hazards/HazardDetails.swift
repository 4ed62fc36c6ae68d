import Foundation
import HazChemCore

/// The panel's rectification plan for a non-conforming item, copied into the hazard at sign-off.
///
/// Empty texts and a nil deadline take the defaults of ``HazardDefaults`` when the hazard is created.
package struct HazardDetails: Sendable, Equatable {
    /// 整改措施.
    package var measure: String
    /// 整改期限.
    package var deadline: LocalDate?
    /// 整改责任人.
    package var responsiblePerson: String
    /// 隐患部位; nil keeps the response's location.
    package var location: String?

    /// Creates details.
    package init(
        measure: String = "", deadline: LocalDate? = nil, responsiblePerson: String = "", location: String? = nil
    ) {
        self.measure = measure
        self.deadline = deadline
        self.responsiblePerson = responsiblePerson
        self.location = location
    }
}
