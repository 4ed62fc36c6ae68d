import Foundation

/// When an assessment report is due and whether it was late (DOMAIN.md section 1 step 4).
///
/// The report is due 10 days after the last on-site day. It is late when submitted after the due date, or
/// when it is still unsubmitted on a day after the due date (submitting on the due date is on time).
package enum ReportDeadline {
    /// Days from the last on-site day to the due date.
    package static let days = 10

    /// Whether a report due on `due` is late as of `asOf`, given when it was submitted (nil: not yet).
    package static func isLate<Day: Comparable>(due: Day, submitted: Day?, asOf: Day) -> Bool {
        if let submitted { return submitted > due }
        return asOf > due
    }
}
