import Foundation
import HazChemCore

/// A change to a hazard: a new status and/or new rectification particulars (nil parts stay as stored).
///
/// Particulars can be changed only while the hazard is open (未整改); the status follows
/// ``HazardTransition``; verification goes through ``AppDatabase/verifyHazard(id:by:date:actor:)``.
package struct HazardUpdate: Sendable, Equatable {
    /// The new status (not verified).
    package var status: HazardStatus?
    /// The day of the status change (rectified: when rectified); today when nil.
    package var date: LocalDate?
    /// A new rectification measure.
    package var measure: String?
    /// A new deadline.
    package var deadline: LocalDate?
    /// A new responsible person.
    package var responsiblePerson: String?
    /// A new location.
    package var location: String?

    /// Creates an update.
    package init(
        status: HazardStatus? = nil, date: LocalDate? = nil, measure: String? = nil, deadline: LocalDate? = nil,
        responsiblePerson: String? = nil, location: String? = nil
    ) {
        self.status = status
        self.date = date
        self.measure = measure
        self.deadline = deadline
        self.responsiblePerson = responsiblePerson
        self.location = location
    }

    /// Whether the update changes any particular (as opposed to only the status).
    package var changesParticulars: Bool {
        measure != nil || deadline != nil || responsiblePerson != nil || location != nil
    }
}
