import Foundation
import HazChemCore
import HazChemStore

/// The enterprise list's view model: the filter form, one page of rows and the pager.
struct EnterpriseListView {
    struct Row {
        var id: Int64
        var name: String
        var creditCode: String
        var county: String
        var kind: String
        var status: String
        var grade: GradeBadge
        var openMajor: Int
        var hasOpenMajor: Bool
        var nextAssessment: String
        var assessmentOverdue: Bool
    }

    var search: String
    var showCountyFilter: Bool
    var counties: [Choice]
    var kinds: [Choice]
    var statuses: [Choice]
    var rows: [Row]
    var empty: Bool
    var total: Int
    var page: Int
    var pageCount: Int
    var previousHref: String?
    var nextHref: String?
    let pagerUnit = "家"

    /// The filter as read from the query string: unknown values are ignored.
    static func filter(from query: FormData, scope: AccessScope) -> EnterpriseFilter {
        EnterpriseFilter(
            countyCode: scope.countyCode ?? query.text("county"),
            kind: query.text("kind").flatMap(EnterpriseKind.init(rawValue:)),
            status: query.text("status").flatMap(OperatingStatus.init(rawValue:)), search: query.text("q"))
    }

    /// The user adds and imports enterprises (county bureaus, the prefecture, the administrator).
    var canManage = false

    init(listing: EnterpriseListing, filter: EnterpriseFilter, scope: AccessScope, regions: [Region]) {
        search = filter.search ?? ""
        showCountyFilter = scope.countyCode == nil
        counties = Choice.list(
            regions.filter { $0.level == .county }, value: \.code, label: \.name, chosen: filter.countyCode,
            allLabel: "全部旗县市")
        kinds = Choice.list(
            EnterpriseKind.allCases, value: \.rawValue, label: \.label, chosen: filter.kind?.rawValue, allLabel: "全部类型")
        statuses = Choice.list(
            OperatingStatus.allCases, value: \.rawValue, label: \.label, chosen: filter.status?.rawValue,
            allLabel: "全部状态")
        rows = listing.rows.map {
            Row(
                id: $0.enterprise.id!, name: $0.enterprise.name, creditCode: $0.enterprise.creditCode.value,
                county: $0.countyName, kind: $0.enterprise.kind.label, status: $0.enterprise.operatingStatus.label,
                grade: GradeBadge($0.latestGrade), openMajor: $0.openMajorHazards,
                hasOpenMajor: $0.openMajorHazards > 0,
                nextAssessment: $0.nextAssessment.date?.description ?? $0.nextAssessment.label,
                assessmentOverdue: $0.nextAssessment.isOverdue)
        }
        empty = rows.isEmpty
        total = listing.total
        page = listing.page
        pageCount = listing.pageCount
        func href(_ page: Int) -> String {
            var parts: [String] = []
            if let search = filter.search { parts.append("q=" + LoginRoutes.encode(search)) }
            if scope.countyCode == nil, let county = filter.countyCode { parts.append("county=" + county) }
            if let kind = filter.kind { parts.append("kind=" + kind.rawValue) }
            if let status = filter.status { parts.append("status=" + status.rawValue) }
            parts.append("page=\(page)")
            return "/enterprises?" + parts.joined(separator: "&")
        }
        previousHref = page > 1 ? href(page - 1) : nil
        nextHref = page < pageCount ? href(page + 1) : nil
    }
}
