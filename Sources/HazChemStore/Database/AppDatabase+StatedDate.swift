import Foundation
import HazChemCore

extension AppDatabase {
    /// The one rule for a date a user states for something done (a report submitted, a signature, a disposition,
    /// a monthly report): it may be earlier than today (a paper record entered later) but never later than today
    /// by the server's clock. Each caller adds its own lower bound (the on-site end, the submission, the month).
    static func refuseFutureDay(_ day: LocalDate, today: LocalDate, field: String, entity: String? = nil)
        throws(StoreError)
    {
        guard day <= today else {
            throw StoreError(
                .invalidInput, field: field, entity: entity,
                message: "\(field)\(day)晚于今天（\(today)），不能填写将来的日期")
        }
    }
}
