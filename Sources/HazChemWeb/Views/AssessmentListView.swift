import Foundation
import HazChemCore
import HazChemStore

/// The assessment list's view model: filters and one row per assessment (newest version of each).
struct AssessmentListView {
    struct Row {
        var id: Int64
        var enterprise: String
        var county: String
        var version: String
        var status: String
        var panel: String
        var leader: String
        var onSite: String
        var due: String
        var late: Bool
        var score: String
        var grade: GradeBadge
    }

    var search: String
    var showCountyFilter: Bool
    var counties: [Choice]
    var statuses: [Choice]
    var rows: [Row]
    var empty: Bool
    var count: Int
    var pager: Pager

    /// The store filter for `query` (unknown values are ignored).
    static func filter(from query: FormData) -> AssessmentFilter {
        var filter = AssessmentFilter(
            countyCode: query.text("county"), status: query.text("status").flatMap(AssessmentStatus.init(rawValue:)))
        filter.search = query.text("q")
        return filter
    }

    init(_ found: ListPage<AssessmentListing>, query: FormData, scope: AccessScope, regions: [Region]) {
        let names = Dictionary(uniqueKeysWithValues: regions.map { ($0.code, $0.name) })
        search = query.text("q") ?? ""
        showCountyFilter = scope == .all
        counties = Choice.list(
            regions.filter { $0.level == .county }, value: \.code, label: \.name, chosen: query.text("county"),
            allLabel: "全部旗县市")
        statuses = Choice.list(
            AssessmentStatus.allCases, value: \.rawValue, label: \.label, chosen: query.text("status"),
            allLabel: "全部状态")
        rows = found.rows.map {
            let a = $0.assessment
            return Row(
                id: a.id!, enterprise: $0.enterprise.name, county: names[$0.enterprise.countyCode] ?? "",
                version: a.version == 1 ? "原始" : "更正第\(a.version - 1)次", status: a.status.label,
                panel: $0.panelName ?? "—", leader: $0.leaderName ?? "—",
                onSite: EnterpriseDetailView.span(a.onSiteStart, a.onSiteEnd), due: a.dueDate?.description ?? "—",
                late: $0.late, score: a.score.map { "\($0)" } ?? "—", grade: GradeBadge(a.grade))
        }
        empty = rows.isEmpty
        count = found.total
        pager = Pager(found, path: "/assessments", query: query, unit: "项")
    }
}
