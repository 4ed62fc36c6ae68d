import Foundation
import GRDB
import HTTPTypes
import HazChemCore
import HazChemReports
import HazChemTestSupport
import HazChemWeb
import HazChemXLSX
import HummingbirdTesting
import NIOCore
import Testing

@testable import HazChemStore

/// The assessment's workbooks on the web: the checklist form and the report downloaded by whoever may see the
/// assessment, a filled form uploaded by the panel's experts and imported like `hazchem assessment import-form`.
@Suite("Assessment workbooks: download and upload")
struct AssessmentFileTests {
    static let xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    /// The workbook `bytes` written to a temporary file and opened.
    static func workbook(_ bytes: [UInt8], name: String = "下载.xlsx") throws -> XLSXReader {
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return try XLSXReader(url: url)
    }

    /// The value right of the first cell showing `label`.
    static func value(rightOf label: String, in sheet: XLSXSheet) -> CellValue? {
        let hit = sheet.cells.compactMap { reference, cell in
            cell.value == .text(label) ? CellAddress(reference) : nil
        }.min { ($0.row, $0.column) < ($1.row, $1.column) }
        return hit.flatMap { sheet[row: $0.row, column: $0.column + 1] }
    }

    /// The form of the fixture's assessment as an expert fills it: A01 found non-conforming.
    static func filledForm(_ fixtures: AssessmentFixtures) throws -> [UInt8] {
        let detail = try #require(try fixtures.database.assessmentDetail(id: fixtures.assessmentID))
        var writer = ChecklistFormWriter(detail: detail)
        writer.existing["A01"] = ChecklistFormEntry(
            .nonConforming, finding: "安全管理人员刘某未经考核", location: "安全环保部", measure: "组织考核",
            deadline: LocalDate(year: 2019, month: 9, day: 30)!, responsible: "李建军")
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent("已填写.xlsx")
        try writer.write(to: url)
        return Array(try Data(contentsOf: url))
    }

    /// What the stored responses and audit log look like, to show nothing changed.
    static func snapshot(_ fixtures: AssessmentFixtures) throws -> [String] {
        let detail = try #require(try fixtures.database.assessmentDetail(id: fixtures.assessmentID))
        let responses = detail.responses.map {
            "\($0.response.itemID)|\($0.response.response.rawValue)|\($0.response.finding)"
        }
        return responses + ["audit \(try fixtures.database.auditLog(AuditFilter(limit: 100_000)).count)"]
    }

    @Test func theChecklistFormDownloadsAsAWorkbookOfTheAssessment() async throws {
        let fixtures = try AssessmentFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wjg")
            let page = try await browser.get(fixtures.path()).body
            #expect(page.contains("href=\"\(fixtures.path("/form.xlsx"))\" download>下载空白检查表</a>"))
            #expect(page.contains("href=\"\(fixtures.path("/report.xlsx"))\" download>下载评估报告</a>"))
            #expect(page.contains("enctype=\"multipart/form-data\""))
            #expect(page.contains("上传已填写的检查表"))
            let id = fixtures.assessmentID
            let form = try await browser.download(fixtures.path("/form.xlsx"))
            #expect(form.status == 200)
            #expect(form.headers[.contentType] == Self.xlsx)
            let name = try #require(
                "兴安盟宏达化工有限公司检查表-\(id).xlsx".addingPercentEncoding(
                    withAllowedCharacters: CharacterSet(
                        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.")))
            #expect(name.hasPrefix("%E5%85%B4"))
            #expect(
                form.headers[.contentDisposition]
                    == "attachment; filename=\"checklist-form-\(id).xlsx\"; filename*=UTF-8''\(name)")
            #expect(form.bytes.starts(with: Array("PK".utf8)))
            let reader = try Self.workbook(form.bytes)
            let metadata = try reader.sheet(named: ChecklistFormLayout.metadataSheet)
            #expect(Self.value(rightOf: "评估编号", in: metadata) == .text(String(id)))
            // The responses already stored are filled in: the form imports back unchanged.
            let again = try await browser.upload(fixtures.path("/form"), file: form.bytes, fileName: "检查表.xlsx")
            #expect(again.status == 303)
            #expect(again.location == fixtures.path("?done=formSame#files"))
            #expect(try await browser.get(again.location!).body.contains("上传的表单与已录入的内容相同，未作修改。"))
        }
    }

    @Test func theReportDownloadsAndSaysItIsNotSignedYet() async throws {
        let fixtures = try AssessmentFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("meng")
            let page = try await browser.get(fixtures.path()).body
            #expect(page.contains("报告尚未签署，下载的评估报告仅供核对。"))
            #expect(!page.contains("上传已填写的检查表"))
            let report = try await browser.download(fixtures.path("/report.xlsx"))
            #expect(report.status == 200)
            #expect(report.headers[.contentType] == Self.xlsx)
            let disposition = try #require(report.headers[.contentDisposition])
            #expect(disposition.hasPrefix("attachment; filename=\"assessment-report-\(fixtures.assessmentID).xlsx\";"))
            #expect(disposition.contains("filename*=UTF-8''%E5%85%B4%E5%AE%89%E7%9B%9F"))  // 兴安盟
            #expect(report.bytes.starts(with: Array("PK".utf8)))
            let basics = try Self.workbook(report.bytes).sheet(named: "基本情况")
            #expect(Self.value(rightOf: "评估编号", in: basics) == .text(String(fixtures.assessmentID)))
            #expect(Self.value(rightOf: "评估状态", in: basics) == .text("现场评估中（报告尚未签署，内容可能变化）"))
        }
    }

    static let downloads: [(user: String, status: Int)] = [
        ("admin", 200), ("meng", 200), ("wlht", 200), ("aes", 404), ("wjg", 200), ("lm", 200), ("chen", 200),
        ("wang", 404),
    ]

    @Test func downloadsFollowTheAssessmentsScope() async throws {
        let fixtures = try AssessmentFixtures()
        try await fixtures.application().test(.router) { client in
            for rule in Self.downloads {
                var browser = WebClient(client)
                try await browser.signIn(rule.user)
                for suffix in ["/form.xlsx", "/report.xlsx"] {
                    let response = try await browser.download(fixtures.path(suffix))
                    #expect(response.status == rule.status, "\(rule.user) \(suffix)")
                    if rule.status != 200 { #expect(response.headers[.contentType]?.hasPrefix("text/html") == true) }
                }
            }
            var admin = WebClient(client)
            try await admin.signIn("admin")
            #expect(try await admin.download("/assessments/99999/form.xlsx").status == 404)
            #expect(try await admin.download("/assessments/99999/report.xlsx").status == 404)
            let anonymous = WebClient(client)
            for suffix in ["/form.xlsx", "/report.xlsx"] {
                let response = try await anonymous.download(fixtures.path(suffix))
                #expect(response.status == 303)
                #expect(response.headers[.location] == "/login?next=" + fixtures.path(suffix))
            }
        }
    }

    @Test func aFilledFormUploadedByThePanelIsImportedAndAudited() async throws {
        let fixtures = try AssessmentFixtures()
        let filled = try Self.filledForm(fixtures)
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("lm")
            try await browser.get(fixtures.path())
            let before = try fixtures.database.auditLog(AuditFilter(user: "lm")).count
            let saved = try await browser.upload(fixtures.path("/form"), file: filled, fileName: "宏达检查表（已填写）.xlsx")
            #expect(saved.status == 303)
            #expect(saved.location == fixtures.path("?done=form#files"))
            #expect(try await browser.get(saved.location!).body.contains("检查表表单已导入"))
            let stored = try #require(try fixtures.database.assessmentDetail(id: fixtures.assessmentID))
            let line = try #require(stored.responses.first { $0.response.itemID == "A01" }?.response)
            #expect(line.response == .nonConforming)
            #expect(line.finding == "安全管理人员刘某未经考核")
            #expect(line.location == "安全环保部")
            #expect(line.measure == "组织考核")
            #expect(line.deadline == LocalDate(year: 2019, month: 9, day: 30))
            #expect(line.responsiblePerson == "李建军")
            let audit = try fixtures.database.auditLog(AuditFilter(user: "lm"))
            #expect(audit.count > before)
            #expect(
                audit.contains {
                    $0.entity == "checklist_response" && $0.entityID == "\(fixtures.assessmentID)/A01"
                })
        }
    }

    @Test func aRawXLSXBodyWithTheHeaderTokenIsImportedToo() async throws {
        let fixtures = try AssessmentFixtures()
        let filled = try Self.filledForm(fixtures)
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wjg")
            let refused = try await browser.sendBytes(
                fixtures.path("/form"), body: filled, headers: [.contentType: Self.xlsx])
            #expect(refused.status == 403)
            let saved = try await browser.sendBytes(
                fixtures.path("/form"), body: filled,
                headers: [.contentType: Self.xlsx, HTTPField.Name("X-CSRF-Token")!: browser.csrf])
            #expect(saved.status == 303)
            let stored = try #require(try fixtures.database.assessmentDetail(id: fixtures.assessmentID))
            #expect(stored.responses.first { $0.response.itemID == "A01" }?.response.response == .nonConforming)
        }
    }

    @Test(arguments: [String?.none, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"])
    func anUploadWithoutTheSessionTokenIsRefused(token: String?) async throws {
        let fixtures = try AssessmentFixtures()
        let filled = try Self.filledForm(fixtures)
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wjg")
            let before = try Self.snapshot(fixtures)
            let page = try await browser.upload(
                fixtures.path("/form"), file: filled, fileName: "表.xlsx", csrf: .some(token))
            #expect(page.status == 403)
            #expect(page.body.contains("CSRF 校验失败"))
            #expect(try Self.snapshot(fixtures) == before)
        }
    }

    @Test func garbageIsRefusedOnTheAssessmentPageAndNothingIsStored() async throws {
        let fixtures = try AssessmentFixtures()
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wjg")
            try await browser.get(fixtures.path())
            let before = try Self.snapshot(fixtures)
            let garbage = try await browser.upload(
                fixtures.path("/form"), file: Array("这不是表格\r\n--也不是 zip".utf8), fileName: "填好的表.xlsx")
            #expect(garbage.status == 400)
            #expect(garbage.body.contains("<section class=\"card\" id=\"files\">"))
            #expect(garbage.body.contains("填好的表.xlsx：无法打开：不是有效的 xlsx（zip）文件"))
            #expect(try Self.snapshot(fixtures) == before)

            // Another workbook: the register is not a form.
            let register = try RepositoryPaths.temporaryDirectory().appendingPathComponent("台账.xlsx")
            try EnterpriseRegisterWriter().write(SyntheticRegisterRows(count: 2), to: register)
            let notForm = try await browser.upload(
                fixtures.path("/form"), file: Array(try Data(contentsOf: register)), fileName: "台账.xlsx")
            #expect(notForm.status == 400)
            #expect(notForm.body.contains("台账.xlsx"))
            #expect(notForm.body.contains("元数据"))
            #expect(try Self.snapshot(fixtures) == before)

            let empty = try await browser.upload(fixtures.path("/form"), file: [], fileName: "")
            #expect(empty.status == 400)
            #expect(empty.body.contains("请选择要上传的检查表表单文件（.xlsx）"))
            let broken = try await browser.sendBytes(
                fixtures.path("/form"), body: Array("--x\r\nContent-Disposition: form-data; name=\"file\"".utf8),
                headers: [
                    .contentType: "multipart/form-data; boundary=x", HTTPField.Name("X-CSRF-Token")!: browser.csrf,
                ])
            #expect(broken.status == 400)
            #expect(broken.body.contains("上传的内容无法读取"))
            #expect(try Self.snapshot(fixtures) == before)
        }
    }

    @Test func aFormOfAnotherAssessmentIsRefusedWithItsCell() async throws {
        let fixtures = try AssessmentFixtures()
        let detail = try #require(try fixtures.database.assessmentDetail(id: fixtures.assessmentID))
        var writer = ChecklistFormWriter(detail: detail)
        writer.assessmentId = 99
        let url = try RepositoryPaths.temporaryDirectory().appendingPathComponent("别的评估.xlsx")
        try writer.write(to: url)
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wjg")
            try await browser.get(fixtures.path())
            let before = try Self.snapshot(fixtures)
            let page = try await browser.upload(
                fixtures.path("/form"), file: Array(try Data(contentsOf: url)), fileName: "别的评估.xlsx")
            #expect(page.status == 400)
            #expect(
                page.body.contains(
                    "别的评估.xlsx 工作表「元数据」 单元格 B3：表单属于评估 99，不是本次评估 \(fixtures.assessmentID)"))
            #expect(try Self.snapshot(fixtures) == before)
        }
    }

    static let uploads: [(user: String, status: Int)] = [
        ("admin", 403), ("meng", 403), ("wlht", 403), ("chen", 403), ("aes", 404), ("wang", 404),
    ]

    @Test func onlyThePanelsExpertsUpload() async throws {
        let fixtures = try AssessmentFixtures()
        let filled = try Self.filledForm(fixtures)
        try await fixtures.application().test(.router) { client in
            let before = try Self.snapshot(fixtures)
            for rule in Self.uploads {
                var browser = WebClient(client)
                try await browser.signIn(rule.user)
                let page = try await browser.upload(fixtures.path("/form"), file: filled, fileName: "表.xlsx")
                #expect(page.status == rule.status, "\(rule.user)")
                if rule.status == 403 {
                    #expect(page.body.contains("只有本评估专家组的专家可以修改评分、风险描述和抽查记录"), "\(rule.user)")
                } else {
                    #expect(!page.body.contains("宏达"), "\(rule.user)")
                }
            }
            #expect(try Self.snapshot(fixtures) == before)
            let anonymous = try await client.execute(
                uri: fixtures.path("/form"), method: .post, headers: [.contentType: Self.xlsx],
                body: ByteBuffer(bytes: filled))
            #expect(anonymous.status == .seeOther)
            #expect(anonymous.headers[.location]?.hasPrefix("/login") == true)
            #expect(try Self.snapshot(fixtures) == before)
        }
    }

    @Test func aSubmittedAssessmentRefusesForms() async throws {
        let fixtures = try AssessmentFixtures()
        let filled = try Self.filledForm(fixtures)
        try await fixtures.database.writer.write { db in
            try db.execute(
                sql: "UPDATE assessment SET status = 'submitted', submitted_date = '2019-06-20' WHERE id = ?",
                arguments: [fixtures.assessmentID])
        }
        try await fixtures.application().test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wjg")
            let page = try await browser.get(fixtures.path()).body
            #expect(page.contains("评估为“已提交”状态，检查表表单只能查看，不能再导入。"))
            #expect(!page.contains("enctype=\"multipart/form-data\""))
            let before = try Self.snapshot(fixtures)
            let refused = try await browser.upload(fixtures.path("/form"), file: filled, fileName: "表.xlsx")
            #expect(refused.status == 409)
            #expect(refused.body.contains("评估报告已提交，不能导入检查表表单；如需修改请先退回修改"))
            #expect(!refused.body.contains("assessment reopen"))
            #expect(try Self.snapshot(fixtures) == before)
        }
    }

    @Test func anUploadOverTheLimitIsRefusedWithTheLimit() async throws {
        let fixtures = try AssessmentFixtures()
        var configuration = WebFixtures.configuration()
        configuration.maxUploadSize = 1 << 20
        try await fixtures.application(configuration).test(.router) { client in
            var browser = WebClient(client)
            try await browser.signIn("wjg")
            try await browser.get(fixtures.path())
            let before = try Self.snapshot(fixtures)
            let page = try await browser.upload(
                fixtures.path("/form"), file: [UInt8](repeating: 0x50, count: (1 << 20) + 1), fileName: "大.xlsx")
            #expect(page.status == 413)
            #expect(page.body.contains("上传的文件过大（超过 1 MB），未导入任何内容"))
            #expect(try Self.snapshot(fixtures) == before)
            // Other forms keep their 1 MB limit, with a Chinese page rather than a server error.
            let form = try await browser.post(
                fixtures.path("/risk"), [("affectedArea", String(repeating: "厂", count: 400_000))])
            #expect(form.status == 413)
            #expect(form.body.contains("提交的内容过大"))
            // Without a session the upload goes to the sign-in page unread.
            let anonymous = try await client.execute(
                uri: fixtures.path("/form"), method: .post, headers: [.contentType: Self.xlsx],
                body: ByteBuffer(bytes: [UInt8](repeating: 0x50, count: 2 << 20)))
            #expect(anonymous.status == .seeOther)
            #expect(anonymous.headers[.location]?.hasPrefix("/login") == true)
        }
    }
}
