import Foundation

/// One page of a list (hazards, assessments, audit log): its rows, how many match over all pages, and where
/// this page is. Pages are counted from 1; a page past the end shows the last one.
package struct ListPage<Row: Sendable>: Sendable {
    /// The rows of this page.
    package var rows: [Row]
    /// How many rows match, over all pages.
    package var total: Int
    /// The 1-based page shown (clamped to the pages that exist).
    package var page: Int
    /// Rows per page.
    package var pageSize: Int

    /// How many pages there are (at least 1).
    package var pageCount: Int { max(1, (total + pageSize - 1) / pageSize) }

    /// The page asked for, clamped to the pages `total` rows fill, with the rows to skip (SQL `OFFSET`).
    package static func window(page: Int, pageSize: Int, total: Int) -> (page: Int, size: Int, offset: Int) {
        let size = max(1, pageSize)
        let current = min(max(1, page), max(1, (total + size - 1) / size))
        return (current, size, (current - 1) * size)
    }
}
