import Foundation
import HazChemTestSupport
import Testing

/// The printed documents through the built binary: the assessment report as HTML and PDF (headless Chromium),
/// the 整改通知书 and the 复查意见书, read back with pdftotext and pdffonts.
@Suite("CLI: printed documents (built binary)")
struct PrintCLITests {
    /// The parts every printed assessment report has, in order.
    static let reportParts = [
        "报告编号", "危险化学品企业安全风险评估报告", "组织单位", "乌兰浩特市应急管理局", "专家组组长", "王建国", "现场评估日期",
        "一、企业基本情况", "二、评估依据", "安监总管三〔2017〕121号", "三、评估专家组", "签字", "四、专家组综合意见",
        "整改完成后申请复查", "五、检查发现的问题（不符合项）", "121号第", "六、诊断分级评分表", "项目汇总", "七、隐患清单",
        "整改期限", "责任人", "八、应知应会抽查", "张宏达", "九、风险分析", "十、分类处置", "十一、重大危险源辨识与分级",
        "十二、现场照片", "本报告未附现场照片", "十三、报告校验码", "企业签收",
    ]

    /// A database with the worked example imported (signed, decided).
    static func example() throws -> String {
        let folder = try RepositoryPaths.temporaryDirectory()
        let db = folder.appendingPathComponent("campaign.sqlite").path
        let imported = try CLIRunner.run(
            ["assessment", "import", "Checklists/examples/assessment/hongda-2019.yaml", "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        return db
    }

    @Test("the HTML report has every part in order, and a refused format names the expected ending")
    func html() throws {
        let db = try Self.example()
        let out = URL(fileURLWithPath: db).deletingLastPathComponent().appendingPathComponent("报告.html")
        let run = try CLIRunner.run(["export", "report", "1", "--format", "html", "--out", out.path, "--db", db])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOf: out, encoding: .utf8)
        var rest = html[...]
        for part in Self.reportParts {
            let found = rest.range(of: part)
            #expect(found != nil, "缺少或顺序不对：\(part)")
            if let found { rest = rest[found.upperBound...] }
        }
        #expect(html.contains("@bottom-center"))
        #expect(html.contains("display: table-header-group"))
        let wrong = try CLIRunner.run(["export", "report", "1", "--format", "pdf", "--out", "a.xlsx", "--db", db])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("--format pdf 的输出文件须以 .pdf 结尾"))
    }

    @Test(
        "the PDF report, notice and re-check opinion: every part present, fonts embedded",
        .enabled(if: PDFTools.available, "未安装 chromium 或 poppler-utils，跳过 PDF 测试（make deps 会安装）"))
    func pdf() throws {
        let db = try Self.example()
        let folder = URL(fileURLWithPath: db).deletingLastPathComponent()
        let report = folder.appendingPathComponent("report.pdf")
        let run = try CLIRunner.run(["export", "report", "1", "--format", "pdf", "--out", report.path, "--db", db])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try PDFTools.text(report)
        // The cover's labels are spread to the column width, so their characters come out spaced.
        for part in Self.reportParts where !["组织单位", "现场评估日期"].contains(part) {
            #expect(text.contains(part), "PDF 中缺少：\(part)")
        }
        let pages = try #require(try PDFTools.pages(report))
        #expect(pages >= 4)
        #expect(text.contains("第2页共\(pages)页"))
        let fonts = try PDFTools.fonts(report)
        #expect(!fonts.isEmpty)
        #expect(fonts.allSatisfy { $0.embedded }, "\(fonts)")
        // The CJK text is in a TrueType-outline font (WenQuanYi Zen Hei), embedded as CID TrueType, never as
        // Type 3 (what Chromium makes of Noto CJK's CFF outlines).
        #expect(fonts.contains { $0.type == "CID TrueType" }, "\(fonts)")
        #expect(!fonts.contains { $0.type.hasPrefix("Type 3") }, "\(fonts)")

        let notice = folder.appendingPathComponent("notice.pdf")
        let n = try CLIRunner.run([
            "export", "notice", "1", "--out", notice.path, "--date", "2019-07-25", "--db", db,
        ])
        #expect(n.status == 0, "\(n.stderr)")
        let noticeText = try PDFTools.text(notice)
        for part in ["乌兰浩特市应急管理局", "隐患整改通知书", "整改〔2019〕0001号", "兴安盟宏达化工有限公司：", "整改期限", "2019年7月25日", "企业签收"] {
            #expect(noticeText.contains(part), "整改通知书中缺少：\(part)")
        }
        let noticeFonts = try PDFTools.fonts(notice)
        #expect(noticeFonts.allSatisfy { $0.embedded && !$0.type.hasPrefix("Type 3") }, "\(noticeFonts)")

        let recheck = folder.appendingPathComponent("recheck.pdf")
        let r = try CLIRunner.run(["export", "recheck", "1", "--out", recheck.path, "--date", "2019-09-10", "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        let recheckText = try PDFTools.text(recheck)
        for part in ["隐患整改复查意见书", "复查〔2019〕0001号", "复查意见", "尚未完成", "已逾期"] {
            #expect(recheckText.contains(part), "复查意见书中缺少：\(part)")
        }
    }

    @Test("without Chromium a PDF export is refused in Chinese with exit code 2")
    func missingChromium() throws {
        let db = try Self.example()
        let out = URL(fileURLWithPath: db).deletingLastPathComponent().appendingPathComponent("r.pdf")
        let run = try CLIRunner.run(
            ["export", "report", "1", "--format", "pdf", "--out", out.path, "--db", db],
            environment: ["HAZCHEM_CHROMIUM": "/nonexistent/chromium"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("不是可执行文件，无法生成 PDF"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
