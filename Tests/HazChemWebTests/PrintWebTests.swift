import Foundation
import HTTPTypes
import HazChemCore
import HazChemStore
import HazChemTestSupport
import HazChemWeb
import HummingbirdTesting
import Testing

/// The print views and PDF downloads of an assessment, in the assessment page's scope.
@Suite("Printed documents on the web")
struct PrintWebTests {
    @Test func printViewsInScope() async throws {
        let fixtures = try AssessmentFixtures()
        try fixtures.database.setConclusion(
            assessmentID: fixtures.assessmentID, text: "建议企业限期整改<重大隐患>。", actor: "测试员")
        try await fixtures.application().test(.router) { client in
            var leader = WebClient(client)
            try await leader.signIn("wjg")
            let page = try await leader.get(fixtures.path("/print"))
            #expect(page.status == 200)
            for part in [
                "危险化学品企业安全风险评估报告", "乌兰浩特市应急管理局", "四、专家组综合意见", "八、应知应会抽查", "企业签收",
                "十三、报告校验码", "报告尚未签署，没有校验码", "@page",
            ] {
                #expect(page.body.contains(part), "\(part)")
            }
            #expect(page.body.contains("建议企业限期整改&lt;重大隐患&gt;。"))
            #expect(!page.body.contains("<重大隐患>"))
            let notice = try await leader.get(fixtures.path("/notice/print"))
            #expect(notice.status == 200)
            #expect(notice.body.contains("隐患整改通知书"))
            #expect(try await leader.get(fixtures.path("/recheck/print")).body.contains("隐患整改复查意见书"))
            var other = WebClient(client)
            try await other.signIn("aes")
            for suffix in ["/print", "/report.pdf", "/notice/print", "/notice.pdf", "/recheck/print"] {
                #expect(try await other.get(fixtures.path(suffix)).status == 404, "\(suffix)")
            }
        }
    }

    @Test(.enabled(if: PDFTools.available, "未安装 chromium 或 poppler-utils，跳过 PDF 测试（make deps 会安装）"))
    func pdfDownload() async throws {
        let fixtures = try AssessmentFixtures()
        try await fixtures.application().test(.router) { client in
            var county = WebClient(client)
            try await county.signIn("wlht")
            let response = try await county.download(fixtures.path("/report.pdf"))
            #expect(response.status == 200)
            #expect(response.headers[.contentType] == "application/pdf")
            #expect(response.headers[.contentDisposition]?.contains("filename*=UTF-8''") == true)
            let folder = try RepositoryPaths.temporaryDirectory()
            let file = folder.appendingPathComponent("report.pdf")
            try Data(response.bytes).write(to: file)
            let text = try PDFTools.text(file)
            #expect(text.contains("四、专家组综合意见"))
            #expect(text.contains("企业签收"))
            let fonts = try PDFTools.fonts(file)
            #expect(fonts.allSatisfy { $0.embedded && !$0.type.hasPrefix("Type 3") }, "\(fonts)")
        }
    }
}
