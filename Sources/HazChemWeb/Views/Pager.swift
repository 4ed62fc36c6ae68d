import Foundation
import HazChemStore

/// The pager under a paged list (`{{#pager}}{{>pager}}{{/pager}}`): 第 X 页 共 Y 页, with 上一页/下一页 links that
/// keep the list's other query parameters.
struct Pager {
    var page: Int
    var pageCount: Int
    var total: Int
    /// The counting word after the total (项, 条, 家).
    var pagerUnit: String
    var previousHref: String?
    var nextHref: String?

    /// The pager of `list` shown at `path` with the request's `query` (its `page` is replaced).
    init<Row>(_ list: ListPage<Row>, path: String, query: FormData, unit: String) {
        page = list.page
        pageCount = list.pageCount
        total = list.total
        pagerUnit = unit
        let kept = query.fields.filter { $0.name != "page" && !$0.value.isEmpty }
        func href(_ page: Int) -> String {
            let parts = kept.map { LoginRoutes.encode($0.name) + "=" + LoginRoutes.encode($0.value) } + ["page=\(page)"]
            return path + "?" + parts.joined(separator: "&")
        }
        previousHref = page > 1 ? href(page - 1) : nil
        nextHref = page < pageCount ? href(page + 1) : nil
    }

    /// The `page` query parameter (1 when missing or not a number).
    static func requested(_ query: FormData) -> Int { query.text("page").flatMap(Int.init) ?? 1 }
}
