import Foundation
import HazChemCore
import HazChemStore

/// One checklist section on the assessment page: its progress and an answer form per item (read-only text
/// where the user may not answer).
struct ChecklistSectionView {
    struct Item {
        var id: String
        var requirement: String
        var basis: String
        var links: String?
        var editable: Bool
        var choices: [Choice]
        var response: String
        var responseCss: String
        var finding: String
        var location: String
        var markedMajor: Bool
        var nonConforming: Bool
        var measure: String
        var deadline: String
        var responsible: String
        var expert: String?
        var detailText: String?
        var errors: [String]
        var hasErrors: Bool
        var saved: Bool
        /// The item's finding photos (set by ``AssessmentPageView/attach(photos:permissions:)``).
        var photos: [PhotoStripView] = []
    }

    var id: String
    var title: String
    var specialty: String
    var answered: Int
    var total: Int
    var nonConforming: Int
    var progress: String
    var complete: Bool
    var open: Bool
    var editable: Bool
    var refusal: String?
    var items: [Item]

    /// The section's form name for item `id` (see ``FormEcho``).
    static func formName(_ itemID: String) -> String { "item:" + itemID }

    init(
        section: ChecklistSection, detail: AssessmentDetail, permissions: AssessmentPermissions, echo: FormEcho?,
        saved: String?
    ) {
        let responses = Dictionary(uniqueKeysWithValues: detail.responses.map { ($0.response.itemID, $0) })
        let counts = detail.progress.sections.first { $0.sectionId == section.id }?.counts
        id = section.id
        title = section.title
        specialty = section.specialty.label
        total = section.items.count
        answered = counts?.answered ?? 0
        nonConforming = counts?[.nonConforming] ?? 0
        progress = Self.progressText(answered: answered, total: total, nonConforming: nonConforming)
        complete = answered == total
        let refusal = permissions.refusalToAnswer(section)
        editable = refusal == nil && detail.assessment.status.isEditable
        self.refusal = permissions.isPanelExpert ? refusal : nil
        let mine = permissions.seat?.specialty == section.specialty && permissions.isPanelExpert
        open = mine || section.items.contains { echo?.form == Self.formName($0.id) }
        let criteria = detail.criteria
        let editable = editable
        items = section.items.map { item in
            let stored = responses[item.id]
            let form = Self.formName(item.id)
            let echoed = echo?.form == form ? echo : nil
            func value(_ field: String, _ stored: String) -> String { echoed.map { $0.values[field] ?? "" } ?? stored }
            let storedResponse = stored?.response.response ?? .notChecked
            let chosen = echoed.flatMap { ChecklistResponse(rawValue: $0.values["response"] ?? "") } ?? storedResponse
            var links: [String] = []
            if let number = item.majorCriterion {
                let text = criteria?.criterion(number)?.text
                links.append("不符合即为重大隐患（121号第\(number)项" + (text.map { "：\($0)" } ?? "") + "）")
            }
            if !item.gradingRuleIds.isEmpty { links.append("关联评分：" + item.gradingRuleIds.joined(separator: "、")) }
            if let red = item.directRedId { links.append("关联直接判红：\(red)") }
            return Item(
                id: item.id, requirement: item.requirement, basis: item.basis,
                links: links.isEmpty ? nil : links.joined(separator: "；"), editable: editable,
                choices: ChecklistResponse.allCases.map {
                    Choice(value: $0.rawValue, label: $0.label, selected: $0 == chosen)
                },
                response: chosen.label, responseCss: "resp-" + chosen.rawValue,
                finding: value("finding", stored?.response.finding ?? ""),
                location: value("location", stored?.response.location ?? ""),
                markedMajor: echoed.map { $0.values["major"] != nil } ?? (stored?.response.markedMajor ?? false),
                nonConforming: chosen == .nonConforming, measure: value("measure", stored?.response.measure ?? ""),
                deadline: value("deadline", stored?.response.deadline?.description ?? ""),
                responsible: value("responsible", stored?.response.responsiblePerson ?? ""),
                expert: stored.flatMap(Self.filledBy), detailText: stored.flatMap { Self.detailText($0.response) },
                errors: echoed?.messages ?? [],
                hasErrors: !(echoed?.messages.isEmpty ?? true), saved: saved == item.id)
        }
    }

    /// The finding and plan of a stored response as one line, nil when there is none.
    static func detailText(_ response: AssessmentResponse) -> String? {
        let parts = [
            ("问题", response.finding), ("部位", response.location), ("整改措施", response.measure),
            ("整改期限", response.deadline?.description ?? ""), ("责任人", response.responsiblePerson),
        ].filter { !$0.1.isEmpty }.map { "\($0.0)：\($0.1)" }
        let text = parts.joined(separator: "；") + (response.markedMajor ? "（专家判定为重大隐患）" : "")
        return text.isEmpty ? nil : text
    }

    /// `已查 12/15，不符合 2 项`.
    static func progressText(answered: Int, total: Int, nonConforming: Int) -> String {
        "已查 \(answered)/\(total)" + (nonConforming > 0 ? "，不符合 \(nonConforming) 项" : "")
    }

    /// 填写人: the expert's name, with the specialty they stood in for (the leader, or a stand-in) when not theirs.
    static func filledBy(_ line: AssessmentDetail.ResponseLine) -> String? {
        guard let name = line.expert?.name else { return nil }
        return line.response.standInFor.map { "\(name)（代\($0.label)专业填写）" } ?? name
    }
}
