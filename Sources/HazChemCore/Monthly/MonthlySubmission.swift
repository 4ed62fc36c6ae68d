import Foundation
import HazChemCore

/// Whether a county's monthly report reached the prefecture in time (报送情况), judged on a given day.
package struct MonthlySubmission: Hashable, Sendable {
    /// Where a county's report stands on the day it is judged.
    package enum Status: String, CaseIterable, Sendable, Codable {
        /// Submitted on or before the due date.
        case onTime
        /// Submitted after the due date.
        case late
        /// Not submitted, and the due date has passed.
        case missing
        /// Not submitted, and the due date has not passed yet.
        case notYetDue

        /// 按时报送, 逾期报送, 逾期未报送, 未到报送期限.
        package var label: String {
            switch self {
            case .onTime: "按时报送"
            case .late: "逾期报送"
            case .missing: "逾期未报送"
            case .notYetDue: "未到报送期限"
            }
        }

        /// Whether the county counts as late: submitted after the due date, or not submitted past it.
        package var isLate: Bool { self == .late || self == .missing }
    }

    /// The county's code.
    package var countyCode: String
    /// The county's name.
    package var countyName: String
    /// The report's due date: the 1st of the next month.
    package var dueDate: LocalDate
    /// The day it was submitted (as stated), when submitted on or before the day judged.
    package var submittedOn: LocalDate?
    /// The server's time the submission was entered (nil for rows from before it was kept).
    package var recordedAt: RecordedTime?
    /// The judgement.
    package var status: Status

    /// Judges a county's submission on `asOf` by the day the server recorded it (the stated day for rows without
    /// one): a submission recorded after `asOf` is not yet known then, and it is late when recorded after the due
    /// day whatever day it states.
    package init(
        countyCode: String, countyName: String, dueDate: LocalDate, submittedOn: LocalDate?,
        recordedAt: RecordedTime? = nil, asOf: LocalDate
    ) {
        self.countyCode = countyCode
        self.countyName = countyName
        self.dueDate = dueDate
        let judged = submittedOn.map { recordedAt?.day ?? $0 }
        let known = judged.flatMap { $0 <= asOf ? $0 : nil }
        self.submittedOn = known == nil ? nil : submittedOn
        self.recordedAt = known == nil ? nil : recordedAt
        if let known {
            status = known <= dueDate ? .onTime : .late
        } else {
            status = asOf > dueDate ? .missing : .notYetDue
        }
    }

    /// The submission day as stated, with the recorded day beside it when they differ; nil when not submitted.
    package var submittedLabel: String? { submittedOn.map { LocalDate.statedLabel($0, recorded: recordedAt) } }

    /// `补录，系统记录 …` when the submission was recorded on another day than the one it states.
    package var recordedNote: String? { submittedOn.flatMap { LocalDate.recordedNote($0, recorded: recordedAt) } }
}
