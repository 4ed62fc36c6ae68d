import HazChemCore
import HazChemXLSX

extension AssessmentReportPage {
    /// The header of 隐患清单.
    static let hazardHeaders = [
        "序号", "检查项", "隐患描述", "隐患位置", "依据", "隐患级别", "整改措施", "整改期限", "责任人", "整改状态",
    ]

    /// 隐患清单 (or 整改跟踪): every hazard with its measure, deadline and responsible person; 重大隐患 rows in
    /// light red with the level cell in dark red.
    func writeHazards(_ hazards: [AssessmentReportData.Hazard], title heading: String) throws {
        let major = hazards.filter { $0.level == .major }.count
        try title("\(heading)（共 \(hazards.count) 项，其中重大隐患 \(major) 项）", row: 0, columns: 0...9)
        try header(Self.hazardHeaders, row: 1)
        let plain = formats.table
        let highlighted = try LedgerFormats(out.sheet.workbook, fill: AssessmentReportFormats.majorRowFill)
        var row = 2
        for (index, hazard) in hazards.enumerated() {
            let isMajor = hazard.level == .major
            let f = isMajor ? highlighted : plain
            try out.sheet.write(index + 1, row: row, column: 0, format: f.integer)
            try out.write(hazard.itemId ?? "—", row: row, column: 1, format: f.centered)
            try out.write(hazard.description, row: row, column: 2, format: f.wrapped, wraps: true)
            try out.write(hazard.location, row: row, column: 3, format: f.wrapped, wraps: true)
            try out.write(hazard.basis, row: row, column: 4, format: f.wrapped, wraps: true)
            try out.write(hazard.level.label, row: row, column: 5, format: isMajor ? formats.major : f.centered)
            try out.write(hazard.measure, row: row, column: 6, format: f.wrapped, wraps: true)
            try out.sheet.write(hazard.deadline, row: row, column: 7, formats: f)
            out.measure("2019-01-01", column: 7)
            try out.write(hazard.responsible, row: row, column: 8, format: f.centered)
            try out.write(hazard.status.label, row: row, column: 9, format: f.centered)
            row += 1
        }
        if hazards.isEmpty {
            try out.merge("未发现隐患", row: row, columns: 0...9, format: plain.centered)
        }
        try out.sheet.freezePanes(row: 2)
    }
}
