import Foundation
import HazChemCore
import HazChemReports
import HazChemTestSupport
import HazChemXLSX
import Testing

/// Each kind of problem in a filled form names its sheet and cell; all problems are listed together.
@Suite("Filled form validation")
struct FilledFormValidationTests {
    typealias Value = XLSXCellEditor.Value

    /// The mini form for assessment 7 with some cells filled.
    static func filled(_ cells: [String: [String: Value]], assessmentId: Int64 = 7) throws -> URL {
        let url = try FormFixtures.miniForm(assessmentId: assessmentId)
        if !cells.isEmpty { try XLSXCellEditor.edit(url, cells: cells) }
        return url
    }

    /// The messages of the problems found reading `url` with `reader` (empty when it reads cleanly).
    static func messages(_ url: URL, reader: FilledFormReader = FormFixtures.miniReader) -> [String] {
        do {
            _ = try reader.read(url)
            return []
        } catch let error as XLSXError {
            return error.allProblems.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test("a correctly filled form reads without problems")
    func clean() throws {
        let url = try Self.filled([
            "A 安全管理": [
                "E3": .text("不符合"), "F3": .text("证书过期"), "H3": .text("是"), "J3": .text("2019/10/1"), "E4": .text("符合"),
            ],
            "分级答案": ["E3": .text("是"), "E4": .number(3), "E5": .text("否"), "E14": .text("是")],
        ])
        let form = try FormFixtures.miniReader.read(url)
        #expect(
            form.entries["A01"]
                == ChecklistFormEntry(
                    .nonConforming, finding: "证书过期", markedMajor: true,
                    deadline: LocalDate(year: 2019, month: 10, day: 1)))
        #expect(form.entries["A02"] == ChecklistFormEntry(.conforming))
        #expect(form.gradingAnswers.answers == ["1.1.1": .flag(true), "1.1.2": .count(3), "1.2.1": .flag(false)])
        #expect(form.directRed == ["R2"])
    }

    @Test("an unknown response word")
    func unknownResponse() throws {
        let url = try Self.filled(["A 安全管理": ["E3": .text("基本符合")]])
        #expect(
            Self.messages(url) == [
                "工作表「A 安全管理」 单元格 E3：检查项 A01：结论“基本符合”无法识别，只能填写 符合、不符合 或 不适用（未检查的项留空）"
            ])
    }

    @Test("a non-conforming item without a finding")
    func missingFinding() throws {
        let url = try Self.filled(["B 储存_装卸": ["E4": .text("不符合"), "G4": .text("装置区")]])
        #expect(Self.messages(url) == ["工作表「B 储存_装卸」 单元格 F4：检查项 B02：判为不符合，但未填写问题描述"])
    }

    @Test("a major mark on an item that is not non-conforming")
    func majorOnConforming() throws {
        let url = try Self.filled(["A 安全管理": ["E5": .text("符合"), "H5": .text("是")]])
        #expect(Self.messages(url) == ["工作表「A 安全管理」 单元格 H5：检查项 A03：标记为重大隐患，但结论为“符合”（只有不符合项才构成隐患）"])
    }

    @Test("a form of another assessment")
    func otherAssessment() throws {
        let url = try Self.filled([:], assessmentId: 8)
        #expect(Self.messages(url) == ["工作表「元数据」 单元格 B3：表单属于评估 8，不是本次评估 7"])
    }

    @Test("a form of other table versions or content")
    func otherTables() throws {
        let url = try Self.filled([:])
        var checklist = FormFixtures.checklist
        checklist.header.version = "2"
        var table = FormFixtures.table
        table.header.version = "2024"
        #expect(
            Self.messages(url, reader: FilledFormReader(checklist: checklist, gradingTable: table, assessmentId: 7))
                == [
                    "工作表「元数据」 单元格 B7：表单的检查表版本为 1，本次评估使用 2 版",
                    "工作表「元数据」 单元格 B9：表单的分级表版本为 2018，本次评估使用 2024 版",
                ])
        var edited = FormFixtures.checklist
        edited.sections[0].items[1].requirement = "特种作业人员持有效证件上岗"
        let problems = Self.messages(
            url, reader: FilledFormReader(checklist: edited, gradingTable: FormFixtures.table, assessmentId: 7))
        #expect(problems.count == 2)
        #expect(problems.first?.hasPrefix("工作表「元数据」 单元格 B10：校验码不符（表单为 ") == true)
        #expect(problems.last == "工作表「A 安全管理」 单元格 B4：检查项 A02 的检查内容被修改，应为“特种作业人员持有效证件上岗”")
    }

    @Test("edited item text")
    func editedItem() throws {
        let url = try Self.filled(["A 安全管理": ["B3": .text("主要负责人已考核")]])
        #expect(Self.messages(url) == ["工作表「A 安全管理」 单元格 B3：检查项 A01 的检查内容被修改，应为“主要负责人经考核合格”"])
    }

    @Test("a workbook that is not a form")
    func notAForm() throws {
        let url = try SampleWorkbook.write(in: RepositoryPaths.temporaryDirectory())
        #expect(
            Self.messages(url) == [
                "文件 \(url.path)：不是 HazChem 检查表表单：缺少隐藏的工作表「元数据」（请使用“hazchem export form”导出的表单填写）"
            ])
        let other = try Self.filled(["元数据": ["B1": .text("其他表单")]])
        #expect(
            Self.messages(other) == [
                "文件 \(other.path) 工作表「元数据」 单元格 B1：不是 HazChem 检查表表单：元数据中没有表单类型“HazChem 检查表表单”"
            ])
    }

    @Test("bad grading answers: 是/否 expected, non-integer count, count above max, conflicting answers")
    func badAnswers() throws {
        let url = try Self.filled([
            "分级答案": [
                "E3": .text("可能"), "E4": .text("2.5"), "E9": .number(-1), "E5": .text("是"), "E6": .text("是"),
                "E13": .text("也许"),
            ]
        ])
        #expect(
            Self.messages(url) == [
                "工作表「分级答案」 单元格 E3：规则 1.1.1 为是/否项，应填写 是 或 否，实际为“可能”",
                "工作表「分级答案」 单元格 E4：规则 1.1.2 按项计，应填写不小于 0 的整数，实际为“2.5”",
                "工作表「分级答案」 单元格 E9：规则 2.1.3 按项计，应填写不小于 0 的整数，实际为“-1”",
                "工作表「分级答案」 单元格 E13：直接判定红色条件 R1 应填写 是 或 否，实际为“也许”",
                "工作表「分级答案」 单元格 E6：规则 1.2.1、1.2.2 同属互斥组“team”，最多只能有一项为 true",
            ])
        let above = try Self.filled(["分级答案": ["E4": .number(4)]])
        #expect(Self.messages(above) == ["工作表「分级答案」 单元格 E4：规则 1.1.2 最多计3项（人），实际为 4"])
    }

    @Test("bad dates")
    func badDates() throws {
        let url = try Self.filled([
            "A 安全管理": ["E3": .text("符合"), "J3": .text("下个月"), "E4": .text("符合"), "J4": .text("2019-02-30")]
        ])
        #expect(
            Self.messages(url) == [
                "工作表「A 安全管理」 单元格 J3：检查项 A01：整改期限“下个月”不是有效日期（应为日期，如 2019-10-01）",
                "工作表「A 安全管理」 单元格 J4：检查项 A02：整改期限“2019-02-30”不是有效日期（应为日期，如 2019-10-01）",
            ])
    }

    @Test("every problem is listed at once, with the file named once")
    func allAtOnce() throws {
        let url = try Self.filled(
            [
                "A 安全管理": ["E3": .text("OK"), "E4": .text("不符合")], "B 储存_装卸": ["J3": .text("明天")],
                "分级答案": ["E3": .text("对")],
            ], assessmentId: 9)
        let error = try #require(throws: XLSXError.self) { try FormFixtures.miniReader.read(url) }
        #expect(error.allProblems.map(\.sheet) == ["元数据", "A 安全管理", "A 安全管理", "B 储存_装卸", "分级答案"])
        #expect(error.allProblems.map(\.cell) == ["B3", "E3", "F4", "J3", "E3"])
        #expect(error.description.hasPrefix("文件 \(url.path)：发现 5 个问题：\n工作表「元数据」 单元格 B3：表单属于评估 9"))
    }
}
