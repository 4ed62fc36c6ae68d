import Foundation
import HazChemCore

/// What one signed-in user may do on one assessment version, with the Chinese reason for each refusal.
///
/// Experts on the assessment's panel enter the checklist sections of the specialty they cover on that panel,
/// and the panel's shared work (grading answers, red/orange risk texts, spot checks); the leader moves the
/// assessment through its lifecycle (start, submit, take back, correct); each expert signs for themselves.
/// County and prefecture bureaus read everything in their scope and decide the disposition. Regulators and
/// administrators read only. Whether a move is legal in the current state is the store's rule, not this one's.
package struct AssessmentPermissions: Sendable, Equatable {
    /// A change a user may ask for.
    package enum Action: Sendable, Equatable {
        /// Start the on-site assessment.
        case start
        /// Submit the report.
        case submit
        /// Take a submitted report back for changes.
        case reopen
        /// Sign the report.
        case sign
        /// Create a correcting version of a signed assessment.
        case correct
        /// Decide the disposition.
        case decide
        /// Change the panel's shared work: grading answers, risk texts, spot checks.
        case edit
    }

    /// The user's role.
    package var role: UserRole
    /// The user's seat on the assessment's panel, if any.
    package var seat: PanelMember?
    /// The name of the user's expert record (recorded with their responses).
    package var expertName: String?
    /// The assessment's status.
    package var status: AssessmentStatus
    /// Whether a newer version corrects this one.
    package var isSuperseded: Bool
    /// Whether the user has already signed this version.
    package var hasSigned: Bool
    /// The specialties covered by the panel's experts present for this visit (those on leave left out); nil when
    /// unknown (then only the own specialty may be answered).
    package var presentSpecialties: Set<Specialty>?

    /// Creates permissions.
    package init(
        role: UserRole, seat: PanelMember?, expertName: String?, status: AssessmentStatus, isSuperseded: Bool,
        hasSigned: Bool, presentSpecialties: Set<Specialty>? = nil
    ) {
        self.role = role
        self.seat = seat
        self.expertName = expertName
        self.status = status
        self.isSuperseded = isSuperseded
        self.hasSigned = hasSigned
        self.presentSpecialties = presentSpecialties
    }

    /// An expert (leader or member) on this assessment's panel.
    package var isPanelExpert: Bool { role == .expert && seat?.role.isExpert == true }
    /// The panel's leader.
    package var isLeader: Bool { role == .expert && seat?.role == .leader }
    /// A county or prefecture bureau user.
    package var isBureau: Bool { role == .county || role == .prefecture }

    /// Why the user may not enter responses (and hazard plans) in `section`; nil when they may.
    ///
    /// An expert answers the sections of the specialty they cover; the leader may answer any section; when no
    /// expert present covers a section's specialty (none on the panel, or on leave), any expert may stand in.
    /// Answers outside the own specialty are recorded as standing in (``standIn(for:)``).
    package func refusalToAnswer(_ section: ChecklistSection) -> String? {
        guard isPanelExpert, let seat else { return "只有本评估专家组的专家可以填写检查表" }
        let absent = presentSpecialties.map { !$0.contains(section.specialty) } ?? false
        guard seat.specialty == section.specialty || seat.role == .leader || absent else {
            return "检查表第\(section.id)部分“\(section.title)”由\(section.specialty.label)专业的专家填写，"
                + "您在本专家组负责\(seat.specialty.label)专业，不能填写"
        }
        return nil
    }

    /// The specialty the user stands in for when answering `section`: the section's, when not their own; nil when
    /// it is their own (or they have no seat).
    package func standIn(for section: ChecklistSection) -> Specialty? {
        guard let seat, seat.specialty != section.specialty else { return nil }
        return section.specialty
    }

    /// Why the user may not ask for `action` whatever the state; nil when their role allows it.
    package func refusal(_ action: Action) -> String? {
        switch action {
        case .start, .submit, .reopen, .correct:
            return isLeader ? nil : "只有本评估专家组的组长可以执行此操作"
        case .sign:
            return isPanelExpert ? nil : "只有本评估专家组的专家可以签名"
        case .decide:
            return isBureau ? nil : "只有旗县市或盟市应急管理局可以作出分类处置决定"
        case .edit:
            return isPanelExpert ? nil : "只有本评估专家组的专家可以修改评分、风险描述和抽查记录"
        }
    }

    /// Whether the checklist and the panel's shared work can be entered now (and the role allows it).
    package var mayEdit: Bool { refusal(.edit) == nil && status.isEditable }
    /// Whether the start button applies.
    package var mayStart: Bool { refusal(.start) == nil && status == .planned }
    /// Whether the submit button applies.
    package var maySubmit: Bool { refusal(.submit) == nil && status == .onSite }
    /// Whether the take-back button applies.
    package var mayReopen: Bool { refusal(.reopen) == nil && status == .submitted }
    /// Whether the sign button applies.
    package var maySign: Bool { refusal(.sign) == nil && status == .submitted && !hasSigned }
    /// Whether the correct button applies.
    package var mayCorrect: Bool { refusal(.correct) == nil && status.isFrozen && !isSuperseded }
    /// Whether the disposition form applies.
    package var mayDecide: Bool { refusal(.decide) == nil && status == .signed && !isSuperseded }
}
