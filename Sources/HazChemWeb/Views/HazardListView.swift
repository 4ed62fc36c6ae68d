import Foundation
import HazChemCore
import HazChemStore

/// The hazard ledger's view model: filters and one row per hazard, major and overdue ones flagged.
struct HazardListView {
    struct Row {
        var id: Int64
        var enterpriseID: Int64
        var enterprise: String
        var county: String
        var description: String
        var level: String
        var major: Bool
        var deadline: String
        var overdue: Bool
        var responsible: String
        var status: String
        var outstanding: Bool
    }

    var search: String
    var showCountyFilter: Bool
    var counties: [Choice]
    var statuses: [Choice]
    var levels: [Choice]
    var overdueOnly: Bool
    var rows: [Row]
    var empty: Bool
    var summary: String
    var pager: Pager

    /// The store filter for `query` (unknown values are ignored); `today` judges overdue.
    static func filter(from query: FormData, today: LocalDate) -> HazardFilter {
        var filter = HazardFilter(
            countyCode: query.text("county"), status: query.text("status").flatMap(HazardStatus.init(rawValue:)),
            level: query.text("level").flatMap(HazardLevel.init(rawValue:)),
            overdueAsOf: query.text("overdue") != nil ? today : nil)
        filter.search = query.text("q")
        return filter
    }

    init(_ found: HazardPage, query: FormData, scope: AccessScope, regions: [Region]) {
        let names = Dictionary(uniqueKeysWithValues: regions.map { ($0.code, $0.name) })
        let search = query.text("q") ?? ""
        self.search = search
        showCountyFilter = scope == .all
        counties = Choice.list(
            regions.filter { $0.level == .county }, value: \.code, label: \.name, chosen: query.text("county"),
            allLabel: "全部旗县市")
        statuses = Choice.list(
            HazardStatus.allCases, value: \.rawValue, label: \.label, chosen: query.text("status"), allLabel: "全部状态")
        levels = Choice.list(
            HazardLevel.allCases, value: \.rawValue, label: \.label, chosen: query.text("level"), allLabel: "全部级别")
        overdueOnly = query.text("overdue") != nil
        rows = found.list.rows.map {
            let h = $0.hazard
            return Row(
                id: h.id!, enterpriseID: $0.enterprise.id!, enterprise: $0.enterprise.name,
                county: names[$0.enterprise.countyCode] ?? "", description: h.description, level: h.level.label,
                major: h.level == .major, deadline: h.deadline?.description ?? "未定", overdue: $0.overdue,
                responsible: h.responsiblePerson.isEmpty ? "—" : h.responsiblePerson, status: h.status.label,
                outstanding: h.status.isOutstanding)
        }
        empty = rows.isEmpty
        summary = "共 \(found.list.total) 项，其中未整改重大隐患 \(found.outstandingMajor) 项，逾期 \(found.overdue) 项"
        pager = Pager(found.list, path: "/hazards", query: query, unit: "项")
    }
}
