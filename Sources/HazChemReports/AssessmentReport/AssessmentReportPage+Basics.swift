import Foundation
import HazChemCore
import HazChemStore
import HazChemXLSX

extension AssessmentReportPage {
    /// The columns of 基本情况: a label column and seven more, which the panel table uses one by one.
    static let basicsColumns = 0...7

    /// 基本情况: enterprise, basis documents, conclusion, panel with signature lines, dates, version.
    func writeBasics() throws {
        let all = Self.basicsColumns
        let values = 1...all.upperBound
        let enterprise = data.enterprise
        try title("危险化学品企业安全风险评估报告", row: 0, columns: all)
        let version = data.version
        try out.merge(
            "\(enterprise.name)　报告编号 \(data.reportNumber)　第\(version.version)版"
                + (data.organisingBureau.isEmpty ? "" : "　组织单位：\(data.organisingBureau)"), row: 1, columns: all,
            format: formats.table.centered)
        var row = 3
        try out.write("一、企业基本情况", row: row, column: 0, format: formats.section)
        row += 1
        for (label, value) in Self.enterpriseFields(enterprise, county: data.countyName) {
            try field(label, value, row: row, columns: values)
            row += 1
        }

        row += 1
        try out.write("二、评估依据", row: row, column: 0, format: formats.section)
        row += 1
        let documents = data.basisDocuments.isEmpty ? ["（未列出）"] : data.basisDocuments
        for (index, document) in documents.enumerated() {
            try out.merge(
                "\(index + 1). \(document)", row: row, columns: all, format: formats.table.wrapped, wraps: true)
            row += 1
        }

        row += 1
        row = try writeConclusion(from: row)
        row += 1
        row = try writePanel(from: row)
        row += 1
        row = try writeSpotChecks(from: row)
        row += 1
        row = try writeDates(from: row)
        row += 1
        row = try writeVersion(from: row)
        row += 1
        try writeAcknowledgement(from: row)
    }

    /// The enterprise particulars shown, label → value.
    static func enterpriseFields(_ e: Enterprise, county: String) -> [(String, String)] {
        let levels = e.majorHazardLevels.sorted().map { MajorHazardLevel(label: String($0))?.label ?? "\($0)级" }
        let standardisation = e.standardisationLevel.flatMap { MajorHazardLevel(label: String($0))?.label } ?? "未达标"
        return [
            ("企业名称", e.name), ("统一社会信用代码", e.creditCode.description), ("所在旗县市", county),
            ("地址", e.address), ("企业类型", e.kind.label), ("主要负责人", e.principal), ("联系电话", e.contactPhone),
            ("许可证编号", e.licenceNumber), ("许可范围", e.licenceScope),
            ("许可证有效期至", e.licenceExpiry?.description ?? "—"), ("是否在化工园区", e.inChemicalPark ? "是" : "否"),
            ("重大危险源", levels.isEmpty ? "无" : "\(levels.count)处（\(levels.joined(separator: "、"))）"),
            ("涉及危险化工工艺", e.hazardousProcesses.isEmpty ? "无" : e.hazardousProcesses.joined(separator: "、")),
            ("重点监管危险化学品", e.keyChemicals.isEmpty ? "无" : e.keyChemicals.joined(separator: "、")),
            ("安全生产标准化等级", standardisation), ("经营状态", e.operatingStatus.label),
        ]
    }

    /// 评估结论: score, grade with its colour, direct-red reasons, hazard counts.
    private func writeConclusion(from start: Int) throws -> Int {
        let sheet = data.scoreSheet
        let values = 1...Self.basicsColumns.upperBound
        var row = start
        try out.write("三、评估结论", row: row, column: 0, format: formats.section)
        row += 1
        try field("评估得分", "\(Self.score(sheet.total)) 分", row: row, columns: values)
        row += 1
        try field("风险等级", sheet.grade.label, row: row, columns: values, format: formats.table.grade(sheet.grade))
        row += 1
        let reasons = sheet.directRed.map { "\($0.id) \($0.text)" }.joined(separator: "\n")
        try field("直接判定红色", reasons.isEmpty ? "无" : reasons, row: row, columns: values)
        row += 1
        let major = data.hazards.filter { $0.level == .major }.count
        try field("隐患", "共 \(data.hazards.count) 项，其中重大隐患 \(major) 项", row: row, columns: values)
        row += 1
        let opinion = data.conclusion?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if opinion.isEmpty {
            try field("专家组综合意见", "（未填写：提交报告前须由专家组填写）", row: row, columns: values, format: formats.warning)
        } else {
            try field("专家组综合意见", opinion, row: row, columns: values)
        }
        return row + 1
    }

    /// 专家组: one row per seat with a signature box and a date box.
    private func writePanel(from start: Int) throws -> Int {
        var row = start
        try out.write("四、评估专家组（签字）", row: row, column: 0, format: formats.section)
        row += 1
        try header(["序号", "姓名", "组内职务", "专业", "工作单位", "职称", "签字", "日期"], row: row)
        row += 1
        for (index, seat) in data.panel.enumerated() {
            let role = seat.role == .regulator ? "监管人员（安全监管）" : seat.role.label
            try out.sheet.setRowHeight(30, row: row)
            try out.sheet.write(index + 1, row: row, column: 0, format: formats.table.integer)
            try out.write(seat.name, row: row, column: 1, format: formats.table.wrapped, wraps: true)
            try out.write(role, row: row, column: 2, format: formats.table.wrapped, wraps: true)
            try out.write(seat.specialty.label, row: row, column: 3, format: formats.table.wrapped, wraps: true)
            try out.write(seat.organisation, row: row, column: 4, format: formats.table.wrapped, wraps: true)
            try out.write(seat.title, row: row, column: 5, format: formats.table.wrapped, wraps: true)
            try out.sheet.writeBlank(row: row, column: 6, format: formats.signature)
            try out.sheet.writeBlank(row: row, column: 7, format: formats.signature)
            row += 1
        }
        if data.panel.isEmpty {
            try out.merge("（未组成专家组）", row: row, columns: Self.basicsColumns, format: formats.warning)
            row += 1
        }
        return row
    }

    /// 评估时间: on-site dates, due date, submitted date, late flag.
    private func writeDates(from start: Int) throws -> Int {
        let dates = data.dates
        let values = 1...Self.basicsColumns.upperBound
        var row = start
        try out.write("六、评估时间", row: row, column: 0, format: formats.section)
        row += 1
        let fields = [
            ("现场评估开始", Self.day(dates.onSiteStart)), ("现场评估结束", Self.day(dates.onSiteEnd)),
            ("报告应提交日期", Self.day(dates.dueDate) + "（现场评估结束后10日内）"),
            ("报告提交日期", dates.submittedLabel ?? "尚未提交"),
        ]
        for (label, value) in fields {
            try field(label, value, row: row, columns: values)
            row += 1
        }
        let late = dates.isLate ? "是（超过规定的10日期限）" : "否"
        try field("是否逾期", late, row: row, columns: values, format: dates.isLate ? formats.warning : nil)
        return row + 1
    }

    /// 版本信息: assessment id, report version, tables used, generation day, the status when known.
    private func writeVersion(from start: Int) throws -> Int {
        let version = data.version
        let table = data.scoreSheet.table
        let checklist = data.checklist.header
        let values = 1...Self.basicsColumns.upperBound
        var row = start
        try out.write("七、版本信息", row: row, column: 0, format: formats.section)
        row += 1
        let correction = version.previousAssessmentId.map { "（更正评估 \($0)）" } ?? ""
        var fields = [
            ("评估编号", "\(version.assessmentId)"), ("报告版本", "第\(version.version)版\(correction)"),
            ("检查表", "\(checklist.title)（\(checklist.id)，\(checklist.version)版，\(checklist.status.label)）"),
            ("分级表", "\(table.title)（\(table.id)，\(table.version)版，\(table.status.label)）"),
            ("生成日期", version.generatedOn.description),
        ]
        if let status = version.statusText { fields.append(("评估状态", status)) }
        if let code = version.verificationCode { fields.append(("报告校验码", code)) }
        for (label, value) in fields {
            try field(label, value, row: row, columns: values)
            row += 1
        }
        return row
    }

    /// 应知应会抽查: one row per person examined, then the counts.
    private func writeSpotChecks(from start: Int) throws -> Int {
        var row = start
        try out.write("五、应知应会抽查", row: row, column: 0, format: formats.section)
        row += 1
        try header(["序号", "姓名", "岗位", "结果", "备注"], row: row)
        row += 1
        for (index, check) in data.spotChecks.enumerated() {
            try out.sheet.write(index + 1, row: row, column: 0, format: formats.table.integer)
            try out.write(check.person, row: row, column: 1, format: formats.table.wrapped, wraps: true)
            try out.write(check.role.label, row: row, column: 2, format: formats.table.wrapped, wraps: true)
            try out.write(
                check.result.label, row: row, column: 3,
                format: check.result == .failed ? formats.warning : formats.table.centered)
            try out.merge(
                check.note, row: row, columns: 4...Self.basicsColumns.upperBound, format: formats.table.wrapped,
                wraps: true)
            row += 1
        }
        let passed = data.spotChecks.filter { $0.result == .passed }.count
        let summary =
            data.spotChecks.isEmpty
            ? "未记录抽查" : "共抽查 \(data.spotChecks.count) 人，合格 \(passed) 人，不合格 \(data.spotChecks.count - passed) 人"
        try out.merge(summary, row: row, columns: Self.basicsColumns, format: formats.note, wraps: true)
        return row + 1
    }

    /// 企业签收: the enterprise's acknowledgement lines.
    private func writeAcknowledgement(from start: Int) throws {
        var row = start
        try out.write("八、企业签收", row: row, column: 0, format: formats.section)
        row += 1
        try out.merge(
            "本企业已收到本评估报告（报告编号 \(data.reportNumber)），知悉评估结论和隐患清单，将按要求限期整改。", row: row,
            columns: Self.basicsColumns, format: formats.note, wraps: true)
        row += 1
        for label in ["企业名称（盖章）", "主要负责人（签字）", "签收日期"] {
            try out.sheet.setRowHeight(30, row: row)
            try out.write(label, row: row, column: 0, format: formats.label, wraps: true)
            try out.merge("", row: row, columns: 1...Self.basicsColumns.upperBound, format: formats.signature)
            row += 1
        }
    }
}
