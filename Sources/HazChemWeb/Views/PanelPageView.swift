import Foundation
import HazChemCore
import HazChemStore

/// A panel's page: people, visits (each with its assessment or a link to create it), the form scheduling a
/// visit, the form replacing a member and the form recording a member's leave from one visit (请假), each with its problems next to its fields; the recorded changes.
struct PanelPageView {
    struct Seat {
        var role: String
        var name: String
        var specialty: String
        var title: String
        var organisation: String
    }

    struct Visit {
        var id: Int64
        var enterpriseID: Int64
        var enterprise: String
        var dates: String
        var assessmentID: Int64?
        var status: String
        var mayCreate: Bool
    }

    struct Change {
        var kind: String
        var who: String
        var date: String
        var reason: String
        var recordedBy: String
    }

    var id: Int64
    var name: String
    var region: String
    var seats: [Seat]
    var visits: [Visit]
    var changes: [Change]
    var notice: String?
    // The schedule form.
    var enterprises: [Choice] = []
    var start = ""
    var end = ""
    var enterpriseError: String?
    var datesError: String?
    var visitErrors: [String] = []
    // The replacement form.
    var outgoing: [Choice] = []
    var incoming: [Choice] = []
    var reason = ""
    var date = ""
    var replaceErrors: [String] = []
    // The leave form (请假 for one visit).
    var leaveMembers: [Choice] = []
    var leaveVisits: [Choice] = []
    var leaveReason = ""
    var leaveDate = ""
    var leaveErrors: [String] = []

    var hasVisits: Bool
    var hasChanges: Bool

    init(
        _ detail: PanelDetail, enterprises list: [Enterprise], experts: [Expert], form: FormData, notice: String?
    ) {
        id = detail.panel.id!
        name = detail.panel.name
        region = detail.region?.name ?? detail.panel.regionCode
        seats = detail.seats.map {
            Seat(
                role: $0.member.role.label, name: $0.expert.name, specialty: $0.member.specialty.label,
                title: $0.expert.title, organisation: $0.expert.organisation)
        }
        visits = detail.visits.map {
            Visit(
                id: $0.visit.id!, enterpriseID: $0.enterprise.id!, enterprise: $0.enterprise.name,
                dates: "\($0.visit.onSiteStart)至\($0.visit.onSiteEnd)", assessmentID: $0.latestAssessmentID,
                status: $0.assessmentStatus?.label ?? "未创建评估", mayCreate: $0.visit.assessmentID == nil)
        }
        changes = detail.changes.map { line in
            Change(
                kind: line.change.kind.label,
                who: line.replacement.map { "\(line.expert.name) → \($0.name)" }
                    ?? line.expert.name + (line.change.visitID.map { "（现场评估安排编号\($0)）" } ?? ""),
                date: line.change.effectiveDate.description, reason: line.change.reason,
                recordedBy: line.change.recordedBy)
        }
        hasVisits = !visits.isEmpty
        hasChanges = !changes.isEmpty
        self.notice = notice
        enterprises = Choice.list(
            list, value: { String($0.id!) }, label: { "\($0.name)（\($0.kind.label)）" }, chosen: form["enterprise"],
            allLabel: "请选择企业")
        start = form["start"] ?? ""
        end = form["end"] ?? ""
        let members = Set(detail.seats.map(\.expert.id!))
        outgoing = Choice.list(
            detail.seats, value: { String($0.expert.id!) }, label: { "\($0.expert.name)（\($0.member.role.label)）" },
            chosen: form["expert"], allLabel: "请选择被替换的成员")
        incoming = Choice.list(
            experts.filter { !members.contains($0.id!) }, value: { String($0.id!) },
            label: { "\($0.name)（\($0.specialty.label)，\($0.organisation.isEmpty ? "—" : $0.organisation)）" },
            chosen: form["replacement"], allLabel: "请选择新成员")
        reason = form["reason"] ?? ""
        date = form["date"] ?? ""
        leaveMembers = Choice.list(
            detail.seats, value: { String($0.expert.id!) },
            label: { "\($0.expert.name)（\($0.member.role.label)，\($0.member.specialty.label)）" },
            chosen: form["leave_expert"], allLabel: "请选择请假的成员")
        leaveVisits = Choice.list(
            detail.visits, value: { String($0.visit.id!) },
            label: { "\($0.enterprise.name)（\($0.visit.onSiteStart)至\($0.visit.onSiteEnd)）" },
            chosen: form["leave_visit"], allLabel: "请选择现场评估")
        leaveReason = form["leave_reason"] ?? ""
        leaveDate = form["leave_date"] ?? ""
    }

    /// Puts the schedule form's problems next to their fields.
    mutating func showVisit(_ problems: [StoreError.Problem]) {
        for problem in problems {
            switch problem.field {
            case PanelRules.Field.enterprise:
                enterpriseError = [enterpriseError, problem.message].compactMap { $0 }.joined(separator: "；")
            case PanelRules.Field.dates:
                datesError = [datesError, problem.message].compactMap { $0 }.joined(separator: "；")
            default: visitErrors.append(problem.message)
            }
        }
    }

    /// Lists the replacement form's problems.
    mutating func showReplace(_ problems: [StoreError.Problem]) {
        replaceErrors = problems.map(Self.line)
    }

    /// Lists the leave form's problems.
    mutating func showLeave(_ problems: [StoreError.Problem]) {
        leaveErrors = problems.map(Self.line)
    }

    private static func line(_ problem: StoreError.Problem) -> String {
        (problem.field.map { "\($0)：" } ?? "") + problem.message
    }
}
