import Foundation
import HazChemCore
import HazChemStore

/// The enterprise page's view model: profile, open-major-hazard banner, grade history and hazards.
struct EnterpriseDetailView {
    struct Field {
        var label: String
        var value: String
    }

    struct GradeRow {
        var assessmentID: Int64
        var version: String
        var status: String
        var panel: String
        var onSite: String
        var due: String
        var submitted: String
        var score: String
        var grade: GradeBadge
        var disposition: String
    }

    struct HazardRow {
        var id: Int64
        var description: String
        var location: String
        var level: String
        var major: Bool
        var criterion: String
        var measure: String
        var deadline: String
        var responsible: String
        var status: String
        var outstanding: Bool
        var overdue: Bool
    }

    var name: String
    var grade: GradeBadge
    var openMajor: Int
    var hasOpenMajor: Bool
    /// 逾期未评估: the re-assessment cycle ran out (flagged in a banner).
    var assessmentOverdue: Bool
    var nextAssessment: String
    var profile: [Field]
    var grades: [GradeRow]
    var hasGrades: Bool
    var hazards: [HazardRow]
    var hasHazards: Bool
    /// The enterprise's id (for the bureaus' forms).
    var enterpriseID: Int64
    /// The user may edit it, change its status and upload its inventory (county of the enterprise, prefecture,
    /// administrator).
    var canManage = false
    /// The operating statuses to choose from, the current one selected.
    var statuses: [Choice]
    /// What the last form did.
    var notice: String?
    /// The major-hazard units with their S (and R, level), when stored and the reference data is loaded.
    var units: [UnitRow] = []
    var hasUnits = false
    /// Why the last inventory upload was refused, one problem a line.
    var inventoryErrors: [String] = []
    var hasInventoryErrors = false

    struct UnitRow {
        var id: String
        var name: String
        var kind: String
        var s: String
        var r: String
        var level: String
        var major: Bool
    }

    init(_ detail: EnterpriseDetail) {
        let e = detail.enterprise
        enterpriseID = e.id ?? 0
        statuses = Choice.list(
            OperatingStatus.allCases.map(\.label), value: { $0 }, label: { $0 }, chosen: e.operatingStatus.label)
        name = e.name
        grade = GradeBadge(detail.latestGrade)
        openMajor = detail.openMajorHazards
        hasOpenMajor = openMajor > 0
        func text(_ value: String) -> String { value.isEmpty ? "—" : value }
        func list(_ values: [String]) -> String { values.isEmpty ? "无" : values.joined(separator: "、") }
        profile = [
            Field(label: "统一社会信用代码", value: e.creditCode.value),
            Field(label: "旗县市", value: detail.countyName),
            Field(label: "企业类型", value: e.kind.label),
            Field(label: "经营状态", value: e.operatingStatus.label),
            Field(label: "地址", value: text(e.address)),
            Field(label: "主要负责人", value: text(e.principal)),
            Field(label: "联系电话", value: text(e.contactPhone)),
            Field(label: "许可证编号", value: text(e.licenceNumber)),
            Field(label: "许可范围", value: text(e.licenceScope)),
            Field(label: "许可证有效期至", value: e.licenceExpiry?.description ?? "—"),
            Field(label: "位于化工园区", value: e.inChemicalPark ? "是" : "否"),
            Field(label: "重大危险源", value: list(e.majorHazardLevels.map { "\($0)级" })),
            Field(label: "重点监管危险化工工艺", value: list(e.hazardousProcesses)),
            Field(label: "重点监管危险化学品", value: list(e.keyChemicals)),
            Field(label: "安全生产标准化", value: e.standardisationLevel.map { "\($0)级" } ?? "无"),
            Field(label: EnterpriseField.selfReactiveUnits.header, value: e.selfReactiveUnitsLabel),
            Field(label: "下次评估到期日", value: detail.nextAssessment.label),
        ]
        assessmentOverdue = detail.nextAssessment.isOverdue
        nextAssessment = detail.nextAssessment.label
        grades = detail.grades.map {
            GradeRow(
                assessmentID: $0.assessmentID, version: $0.version == 1 ? "原始" : "更正第\($0.version - 1)次",
                status: $0.status.label, panel: $0.panelName ?? "—",
                onSite: Self.span($0.onSiteStart, $0.onSiteEnd), due: $0.dueDate?.description ?? "—",
                submitted: $0.submittedLabel ?? "—", score: $0.score.map { "\($0)" } ?? "—",
                grade: GradeBadge($0.grade), disposition: $0.disposition?.label ?? "—")
        }
        hasGrades = !grades.isEmpty
        hazards = detail.hazards.map {
            HazardRow(
                id: $0.hazardID, description: $0.description, location: text($0.location), level: $0.level.label,
                major: $0.level == .major, criterion: $0.criterionNumber.map { "第\($0)项" } ?? "—",
                measure: text($0.measure), deadline: $0.deadline?.description ?? "未定",
                responsible: text($0.responsiblePerson), status: $0.status.label, outstanding: $0.status.isOutstanding,
                overdue: $0.overdue)
        }
        hasHazards = !hazards.isEmpty
    }

    /// Shows the major-hazard identification of the stored units.
    mutating func show(_ assessment: MajorHazardAssessment) {
        units = assessment.units.map {
            UnitRow(
                id: $0.unit.id, name: $0.unit.name, kind: $0.unit.kind.label, s: $0.sum.decimalString(places: 4),
                r: $0.r.map { $0.decimalString(places: 2) } ?? "—", level: $0.level.map { "\($0.label)重大危险源" } ?? "不构成",
                major: $0.isMajor)
        }
        hasUnits = !units.isEmpty
    }

    /// `2019-06-01 至 2019-06-03`, one date when they are equal, `—` when unknown.
    static func span(_ start: LocalDate?, _ end: LocalDate?) -> String {
        switch (start, end) {
        case let (s?, e?): s == e ? s.description : "\(s) 至 \(e)"
        case let (s?, nil): "\(s) 起"
        case let (nil, e?): "至 \(e)"
        case (nil, nil): "—"
        }
    }
}
