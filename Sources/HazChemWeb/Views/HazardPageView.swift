import Foundation
import HazChemCore
import HazChemStore

/// One hazard's page: particulars, history, and for bureau users the status-change and re-check forms.
struct HazardPageView {
    struct Fact {
        var label: String
        var value: String
    }

    struct Event {
        var at: String
        var user: String
        var action: String
        var change: String
    }

    var id: Int64
    var description: String
    var major: Bool
    var overdue: Bool
    var status: String
    var enterpriseID: Int64
    var enterprise: String
    var assessmentID: Int64
    var facts: [Fact]
    var history: [Event]
    var notice: String?
    var manages: Bool
    var isOpen: Bool
    var statuses: [Choice]
    var mayChangeStatus: Bool
    var mayRecheck: Bool
    var date: String
    var measure: String
    var deadline: String
    var responsible: String
    var location: String
    var verifier: String
    var statusErrors: [String]
    var recheckErrors: [String]
    /// The hazard's photos by stage (set by ``attach(photos:mayAdd:)``).
    var photoStrips: [PhotoStripView] = []

    init(_ record: HazardRecord, role: UserRole, echo: FormEcho?, notice: String?, today: LocalDate) {
        let h = record.hazard
        id = h.id!
        description = h.description
        major = h.level == .major
        overdue = record.overdue
        status = h.status.label
        enterpriseID = record.enterprise.id!
        enterprise = record.enterprise.name
        assessmentID = h.assessmentID
        func text(_ value: String) -> String { value.isEmpty ? "—" : value }
        facts = [
            Fact(label: "企业", value: record.enterprise.name), Fact(label: "旗县市", value: record.countyName),
            Fact(label: "检查项", value: h.itemID ?? "—"), Fact(label: "部位", value: text(h.location)),
            Fact(label: "依据", value: text(h.basis)),
            Fact(label: "级别", value: h.level.label + (h.criterionNumber.map { "（121号第\($0)项）" } ?? "")),
            Fact(label: "整改措施", value: text(h.measure)), Fact(label: "整改期限", value: h.deadline?.description ?? "未定"),
            Fact(label: "整改责任人", value: text(h.responsiblePerson)), Fact(label: "状态", value: h.status.label),
            Fact(label: "整改完成日期", value: h.rectifiedAt?.description ?? "—"),
            Fact(label: "复查验收", value: h.verifiedBy.map { "\($0)（\(h.verifiedAt?.description ?? "")）" } ?? "—"),
        ]
        history = record.history.map { entry in
            Event(
                at: HazardPageView.format(entry.at), user: entry.user, action: Self.actionLabel(entry.action),
                change: Self.change(entry))
        }
        self.notice = notice
        manages = HazardRecord.isManaged(by: role)
        isOpen = h.status == .open
        let next = HazardTransition.allowed.filter { $0.from == h.status && $0.to != .verified }.map { $0.to }
        statuses = Choice.list(
            next, value: \.rawValue, label: \.label,
            chosen: echo?.values["status"] ?? (isOpen ? nil : next.first?.rawValue), allLabel: isOpen ? "（状态不变）" : nil)
        mayChangeStatus = manages && (!next.isEmpty || isOpen)
        mayRecheck = manages && h.status == .rectified
        func value(_ form: String, _ field: String, _ stored: String) -> String {
            echo?.value(field, of: form, stored: stored) ?? stored
        }
        date = echo?.values["date"] ?? today.description
        measure = value("status", "measure", h.measure)
        deadline = value("status", "deadline", h.deadline?.description ?? "")
        responsible = value("status", "responsible", h.responsiblePerson)
        location = value("status", "location", h.location)
        verifier = value("recheck", "verifier", "")
        statusErrors = echo?.form == "status" ? echo!.messages : []
        recheckErrors = echo?.form == "recheck" ? echo!.messages : []
    }

    static func actionLabel(_ action: String) -> String {
        ["create": "登记", "update": "变更", "verify": "复查验收", "withdraw": "撤销", "move": "转入更正版本"][action] ?? action
    }

    /// The status and particulars that changed in an audit entry, such as `状态：未整改 → 整改中`.
    static func change(_ entry: AuditEntry) -> String {
        func object(_ text: String?) -> [String: Any] {
            text.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] } ?? [:]
        }
        let before = object(entry.before)
        let after = object(entry.after)
        let labels: [(String, String)] = [
            ("status", "状态"), ("measure", "整改措施"), ("deadline", "整改期限"), ("responsible_person", "责任人"),
            ("location", "部位"), ("rectified_at", "整改完成"), ("verified_by", "验收人"), ("verified_at", "验收日期"),
        ]
        func show(_ key: String, _ value: Any?) -> String {
            guard let value, !(value is NSNull) else { return "—" }
            let text = "\(value)"
            if key == "status" { return HazardStatus(rawValue: text)?.label ?? text }
            return text.isEmpty ? "—" : text
        }
        return labels.compactMap { key, label in
            let old = show(key, before[key])
            let new = show(key, after[key])
            if entry.before == nil { return key == "status" ? "\(label)：\(new)" : nil }
            return old == new ? nil : "\(label)：\(old) → \(new)"
        }.joined(separator: "；")
    }

    /// `2019-07-01 08:30`, in the server's time zone.
    static func format(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
