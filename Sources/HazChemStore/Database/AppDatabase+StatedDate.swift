import Foundation
import HazChemCore

extension AppDatabase {
    /// The one rule for a date a user states for something done (a report submitted, a signature, a disposition,
    /// a monthly report): it may be earlier than today (a paper record entered later, 补录) but never later than
    /// today by the server's clock, nor before `onSiteEnd` when given (a signature or disposition cannot precede
    /// the end of the visit). Callers with another lower bound (the submission, the month) add it themselves.
    static func refuseFutureDay(
        _ day: LocalDate, today: LocalDate, onSiteEnd: LocalDate? = nil, field: String, entity: String? = nil
    ) throws(StoreError) {
        guard day <= today else {
            throw StoreError(
                .invalidInput, field: field, entity: entity,
                message: "\(field)\(day)晚于今天（\(today)），不能填写将来的日期")
        }
        if let onSiteEnd, day < onSiteEnd {
            throw StoreError(
                .invalidInput, field: field, entity: entity,
                message: "\(field)\(day)早于现场评估结束日期\(onSiteEnd)，补录的日期不能早于现场评估结束")
        }
    }
}
