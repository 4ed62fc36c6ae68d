import Foundation
import HazChemCore

/// An enterprise with its county, grade history and hazards, for the enterprise page.
package struct EnterpriseDetail: Sendable, Equatable {
    /// One assessment of the enterprise, as the grade history shows it.
    package struct GradeRecord: Sendable, Equatable {
        /// The assessment's id.
        package var assessmentID: Int64
        /// 1 for the original, higher for corrections.
        package var version: Int
        /// Where the assessment stands.
        package var status: AssessmentStatus
        /// The panel's name, if one is assigned.
        package var panelName: String?
        /// First and last day on site.
        package var onSiteStart: LocalDate?
        /// Last day on site.
        package var onSiteEnd: LocalDate?
        /// When the report is due.
        package var dueDate: LocalDate?
        /// When the report was submitted.
        package var submittedDate: LocalDate?
        /// The score, once graded.
        package var score: Tenths?
        /// The grade, once graded.
        package var grade: Grade?
        /// The control class decided, if any.
        package var disposition: DispositionClass?
        /// When the server recorded the submission (nil for rows from before it was kept).
        package var submittedRecordedAt: RecordedTime? = nil

        /// The submission day as stated, with the recorded time beside it when 补录; nil when not submitted.
        package var submittedLabel: String? {
            submittedDate.map { LocalDate.statedLabel($0, recorded: submittedRecordedAt) }
        }
    }

    /// One hazard found at the enterprise.
    package struct HazardRecord: Sendable, Equatable {
        /// The hazard's id.
        package var hazardID: Int64
        /// The assessment that found it.
        package var assessmentID: Int64
        /// The checklist item, if it came from one.
        package var itemID: String?
        /// What is wrong.
        package var description: String
        /// Where.
        package var location: String
        /// General or major.
        package var level: HazardLevel
        /// The 121号 criterion number for major hazards.
        package var criterionNumber: Int?
        /// The rectification measure.
        package var measure: String
        /// The rectification deadline.
        package var deadline: LocalDate?
        /// Who is responsible.
        package var responsiblePerson: String
        /// Where it stands.
        package var status: HazardStatus
        /// Whether it is still outstanding after its deadline.
        package var overdue: Bool
    }

    /// The enterprise.
    package var enterprise: Enterprise
    /// Its county's name.
    package var countyName: String
    /// Every assessment, latest first.
    package var grades: [GradeRecord]
    /// Every hazard: outstanding major ones first, then by deadline.
    package var hazards: [HazardRecord]
    /// When its next assessment is due (``HazChemCore/AssessmentCycle``), flagged when overdue.
    package var nextAssessment: AssessmentCycle.Due = .never

    /// How many major hazards are still open (flagged prominently).
    package var openMajorHazards: Int {
        hazards.filter { $0.level == .major && $0.status.isOutstanding }.count
    }

    /// The latest signed grade, if any.
    package var latestGrade: Grade? {
        grades.first { $0.status.isFrozen }?.grade
    }
}
