import Foundation
import HazChemCore
import HazChemStore
import HazChemWeb
import HummingbirdTesting
import Testing

/// Every list page is paged in SQL (第 X 页 共 Y 页, 上一页/下一页), a page's rows are the matching rows in
/// order, and the audit log has a page of its own for administrators and the prefecture.
@Suite("Paged lists and the audit page")
struct PagingTests {
    @Test(
        "a page asked for is clamped to the pages that exist",
        arguments: [
            (1, 10, 0, 1, 0), (3, 10, 25, 3, 20), (9, 10, 25, 3, 20), (0, 10, 25, 1, 0), (-4, 10, 25, 1, 0),
            (2, 0, 3, 2, 1),
        ])
    func window(page: Int, size: Int, total: Int, shown: Int, offset: Int) {
        let window = ListPage<Int>.window(page: page, pageSize: size, total: total)
        #expect(window.page == shown)
        #expect(window.offset == offset)
        #expect(window.size == max(1, size))
    }

    @Test func pagesOfHazardsAssessmentsAndAuditRowsAreTheWholeListInOrder() throws {
        let database = try WebFixtures().database
        let admin = try #require(try database.user(username: "admin"))
        let hazards = try database.hazards(HazardFilter(), visibleTo: admin).map(\.hazard.id)
        let assessments = try database.assessments(AssessmentFilter(), visibleTo: admin).map(\.assessment.id)
        let audit = try database.auditLog(AuditFilter(limit: 100_000)).map(\.id)
        #expect(hazards.count >= 2)
        #expect(assessments.count >= 2)
        var pagedHazards: [Int64?] = []
        var pagedAssessments: [Int64?] = []
        var pagedAudit: [Int64?] = []
        for page in 1...max(hazards.count, assessments.count, audit.count) {
            let h = try database.hazardPage(HazardFilter(), visibleTo: admin, page: page, pageSize: 1)
            if page <= hazards.count { pagedHazards += h.list.rows.map(\.hazard.id) }
            #expect(h.list.total == hazards.count)
            let a = try database.assessmentPage(AssessmentFilter(), visibleTo: admin, page: page, pageSize: 1)
            if page <= assessments.count { pagedAssessments += a.rows.map(\.assessment.id) }
            #expect(a.pageCount == assessments.count)
            let l = try database.auditPage(AuditFilter(), page: page, pageSize: 1)
            if page <= audit.count { pagedAudit += l.rows.map(\.id) }
        }
        #expect(pagedHazards == hazards)
        #expect(pagedAssessments == assessments)
        #expect(pagedAudit == audit)
    }

    @Test(
        "a scoped page holds what the scoped list holds, filtered in SQL",
        arguments: ["admin", "meng", "wlht", "aes", "wang"])
    func scopedPages(username: String) throws {
        let database = try WebFixtures().database
        let user = try #require(try database.user(username: username))
        let hazards = try database.hazards(HazardFilter(), visibleTo: user)
        let page = try database.hazardPage(HazardFilter(), visibleTo: user, page: 1, pageSize: 1000)
        #expect(page.list.rows.map(\.hazard.id) == hazards.map(\.hazard.id))
        #expect(
            page.outstandingMajor
                == hazards.filter { $0.hazard.level == .major && $0.hazard.status.isOutstanding }.count)
        #expect(page.overdue == hazards.filter(\.overdue).count)
        let assessments = try database.assessments(AssessmentFilter(), visibleTo: user)
        let assessmentPage = try database.assessmentPage(AssessmentFilter(), visibleTo: user, page: 1, pageSize: 1000)
        #expect(assessmentPage.rows.map(\.assessment.id) == assessments.map(\.assessment.id))
    }

    @Test func theListsShowTheChinesePagerWithLinksThatKeepTheFilters() async throws {
        let fixtures = try WebFixtures()
        var configuration = WebFixtures.configuration()
        configuration.pageSize = 1
        try await fixtures.application(configuration).test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("admin")
            let first = try await browser.get("/hazards").body
            #expect(first.contains("第 1 页 共 3 页（3 项）"))
            #expect(first.contains("href=\"/hazards?page=2\" rel=\"next\">下一页</a>"))
            #expect(!first.contains("上一页"))
            let second = try await browser.get("/assessments?status=signed&page=2").body
            #expect(second.contains("第 1 页 共 1 页") || second.contains("第 2 页"))
            let audit = try await browser.get("/audit?entity=app_user&page=2").body
            #expect(audit.contains("第 2 页 共 "))
            #expect(audit.contains("href=\"/audit?entity=app_user&amp;page=1\" rel=\"prev\">上一页</a>"))
        }
    }

    @Test(arguments: [("admin", 200), ("meng", 200), ("wlht", 403), ("wang", 403)])
    func onlyAdministratorsAndThePrefectureReadTheAuditLog(username: String, status: Int) async throws {
        let fixtures = try WebFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn(username)
            let page = try await browser.get("/audit")
            #expect(page.status == status)
            #expect(page.body.contains("href=\"/audit\"") == (status == 200))
        }
    }
}
