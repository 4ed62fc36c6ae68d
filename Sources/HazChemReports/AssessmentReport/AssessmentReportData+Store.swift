import HazChemCore
import HazChemStore
import HazChemXLSX

extension AssessmentReportData.Seat {
    /// The seat of a stored panel member (the specialty is the one covered on the panel).
    package init(_ seat: PanelDetail.Seat) {
        self.init(
            name: seat.expert.name, specialty: seat.member.specialty, organisation: seat.expert.organisation,
            title: seat.expert.title, role: seat.member.role)
    }

    /// Every seat of a stored panel, in the panel's order (leader, members, regulators).
    package static func seats(of detail: PanelDetail) -> [AssessmentReportData.Seat] {
        detail.seats.map(AssessmentReportData.Seat.init)
    }
}

extension AssessmentReportData.Seat {
    /// The seats as the panel stood when the assessment was signed.
    static func seats(signed panel: SealedContent.Panel) -> [AssessmentReportData.Seat] {
        panel.members.map {
            AssessmentReportData.Seat(
                name: $0.name, specialty: $0.specialty, organisation: $0.organisation, title: $0.title,
                role: PanelRole(rawValue: $0.role) ?? .member)
        }
    }
}

extension AssessmentReportData.Hazard {
    /// A hazard as it stood when the assessment was signed.
    init(signed hazard: SealedContent.SignedHazard) {
        self.init(
            itemId: hazard.itemID, description: hazard.description, location: hazard.location, basis: hazard.basis,
            level: hazard.level, measure: hazard.measure, deadline: hazard.deadline.flatMap(LocalDate.init(parsing:)),
            responsible: hazard.responsiblePerson, status: hazard.status)
    }

    /// A hazard row from a checklist draft, before the measure, deadline and responsible person are known.
    package init(draft: HazardDraft) {
        self.init(
            itemId: draft.itemId, description: draft.description, location: draft.location ?? "", basis: draft.basis,
            level: draft.level)
    }
}
