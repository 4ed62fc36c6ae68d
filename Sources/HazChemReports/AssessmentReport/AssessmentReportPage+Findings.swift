import HazChemCore
import HazChemXLSX

extension AssessmentReportPage {
    /// 检查结果: the non-conforming items by section with their findings, then the counts per section.
    func writeFindings() throws {
        let checklist = data.checklist
        let header = checklist.header
        let last = 7
        try title("检查结果（不符合项）", row: 0, columns: 0...last)
        try self.header(["编号", "检查内容", "问题描述", "隐患位置", "依据", "隐患级别", "检查专家", "121号条款"], row: 1)
        var row = 2
        var found = 0
        for section in checklist.sections {
            let items = section.items.filter { data.responses[$0.id].response == .nonConforming }
            guard !items.isEmpty else { continue }
            found += items.count
            try out.merge(
                "\(section.id) \(section.title)（\(section.specialty.label)）：不符合 \(items.count) 项", row: row,
                columns: 0...last, format: formats.subtotalLabel)
            row += 1
            for item in items {
                try writeFinding(item, row: row)
                row += 1
            }
        }
        if found == 0 {
            try out.merge("未发现不符合项", row: row, columns: 0...last, format: formats.table.centered)
            row += 1
        }
        row += 1
        try out.write("各章节检查情况汇总", row: row, column: 0, format: formats.section)
        row += 1
        try self.header(["章节", "标题", "专业", "检查项数", "符合", "不符合", "不适用", "未查"], row: row)
        row += 1
        let progress = ChecklistEvaluator(checklist: checklist).progress(of: data.responses)
        let first = row
        for section in progress.sections {
            let counts = section.counts
            try out.write(section.sectionId, row: row, column: 0, format: formats.table.centered)
            try out.write(section.title, row: row, column: 1, format: formats.table.wrapped, wraps: true)
            try out.write(section.specialty.label, row: row, column: 2, format: formats.table.wrapped, wraps: true)
            let numbers = [counts.total] + Self.responseOrder.map { counts[$0] }
            for (offset, number) in numbers.enumerated() {
                try out.sheet.write(number, row: row, column: 3 + offset, format: formats.table.integer)
            }
            row += 1
        }
        try out.merge("合计", row: row, columns: 0...2, format: formats.subtotalLabel)
        var all = ChecklistProgress.Counts()
        for section in progress.sections { all.add(section.counts) }
        let sums = [all.total] + Self.responseOrder.map { all[$0] }
        for (offset, sum) in sums.enumerated() {
            let column = CellAddress.columnName(3 + offset)
            try out.sheet.writeFormula(
                "=SUM(\(column)\(first + 1):\(column)\(row))", row: row, column: 3 + offset,
                cachedNumber: Double(sum), format: formats.table.integer)
        }
        row += 2
        try out.merge(
            "检查表：\(header.title)（\(header.id)，\(header.version)版）。未查项须在签字确认前补查。", row: row,
            columns: 0...last, format: formats.note, wraps: true)
    }

    /// The response columns of the summary, in order.
    static let responseOrder: [ChecklistResponse] = [.conforming, .nonConforming, .notApplicable, .notChecked]

    /// One non-conforming item: id, requirement, finding, location, basis, level, experts, 121号 clause.
    private func writeFinding(_ item: ChecklistItem, row: Int) throws {
        let entry = data.responses[item.id]
        let major = item.majorCriterion != nil || entry.markedMajor
        let table = formats.table
        try out.write(item.id, row: row, column: 0, format: table.centered)
        try out.write(item.requirement, row: row, column: 1, format: table.wrapped, wraps: true)
        try out.write(entry.trimmedFinding ?? "（未填写问题描述）", row: row, column: 2, format: table.wrapped, wraps: true)
        try out.write(entry.location ?? "", row: row, column: 3, format: table.wrapped, wraps: true)
        try out.write(item.basis, row: row, column: 4, format: table.wrapped, wraps: true)
        let level = major ? HazardLevel.major : .general
        try out.write(level.label, row: row, column: 5, format: major ? formats.major : table.centered)
        try out.write(data.itemExperts[item.id] ?? "", row: row, column: 6, format: table.wrapped, wraps: true)
        try out.write(item.majorCriterion.map { "第\($0)条" } ?? "", row: row, column: 7, format: table.centered)
    }
}
