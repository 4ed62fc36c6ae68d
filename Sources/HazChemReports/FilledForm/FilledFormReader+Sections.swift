import Foundation
import HazChemCore
import HazChemXLSX

extension FilledFormReader {
    /// Reads one section sheet: each row's item id and requirement are checked, its answers read.
    func readSection(
        _ section: ChecklistSection, sheet: XLSXSheet, problems: inout FormProblems
    ) -> [String: ChecklistFormEntry] {
        typealias Column = ChecklistFormLayout.Column
        let items = Dictionary(section.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var entries: [String: ChecklistFormEntry] = [:]
        var seen: Set<String> = []
        for row in ChecklistFormLayout.firstRow..<max(sheet.rowCount, ChecklistFormLayout.firstRow) {
            guard let id = Self.text(sheet[row: row, column: Column.id.rawValue]) else { continue }
            guard let item = items[id] else {
                problems.add(
                    "检查章节 \(section.id) 中没有编号为“\(id)”的检查项（编号被修改或行被移动）", sheet: sheet.name,
                    cell: Column.id.cell(row: row))
                continue
            }
            guard seen.insert(id).inserted else {
                problems.add("检查项 \(id) 重复出现", sheet: sheet.name, cell: Column.id.cell(row: row))
                continue
            }
            let shown = Self.text(sheet[row: row, column: Column.requirement.rawValue]) ?? ""
            if shown != item.requirement.trimmingCharacters(in: .whitespacesAndNewlines) {
                problems.add(
                    "检查项 \(id) 的检查内容被修改，应为“\(item.requirement)”", sheet: sheet.name,
                    cell: Column.requirement.cell(row: row))
            }
            if let entry = readEntry(item, row: row, sheet: sheet, problems: &problems) {
                entries[id] = entry
            }
        }
        for item in section.items where !seen.contains(item.id) {
            problems.add("缺少检查项 \(item.id) 的行（行被删除或编号被修改）", sheet: sheet.name)
        }
        return entries
    }

    /// The answers of one item row; nil when every answer cell is empty.
    private func readEntry(
        _ item: ChecklistItem, row: Int, sheet: XLSXSheet, problems: inout FormProblems
    ) -> ChecklistFormEntry? {
        typealias Column = ChecklistFormLayout.Column
        func value(_ column: Column) -> CellValue? { sheet[row: row, column: column.rawValue] }
        func report(_ message: String, _ column: Column) {
            problems.add("检查项 \(item.id)：\(message)", sheet: sheet.name, cell: column.cell(row: row))
        }
        let answered = Column.allCases.contains { $0.isAnswer && $0 != .expert && Self.text(value($0)) != nil }
        guard answered else { return nil }
        var entry = ChecklistFormEntry(.notChecked)
        if let word = Self.text(value(.response)) {
            if let response = ChecklistResponse(label: word) {
                entry.response = response
            } else {
                report("结论“\(word)”无法识别，只能填写 符合、不符合 或 不适用（未检查的项留空）", .response)
            }
        }
        entry.finding = Self.text(value(.finding))
        entry.location = Self.text(value(.location))
        entry.measure = Self.text(value(.measure))
        entry.responsible = Self.text(value(.responsible))
        if let name = Self.text(value(.expert)) {
            if let panelNames, !panelNames.contains(name) {
                let names = panelNames.isEmpty ? "无" : panelNames.joined(separator: "、")
                report("填写人“\(name)”不是本次评估专家组的成员（专家组成员：\(names)）", .expert)
            } else {
                entry.expert = name
            }
        }
        switch Self.yesNo(value(.major)) {
        case .success(let flag): entry.markedMajor = flag ?? false
        case .failure(let problem): report("是否重大隐患应填写 是 或 否，实际为“\(problem.text)”", .major)
        }
        switch Self.date(value(.deadline)) {
        case .success(let day): entry.deadline = day
        case .failure(let problem): report("整改期限“\(problem.text)”不是有效日期（应为日期，如 2019-10-01）", .deadline)
        }
        if entry.response == .nonConforming, entry.finding == nil {
            report("判为不符合，但未填写问题描述", .finding)
        }
        if entry.markedMajor, entry.response != .nonConforming {
            report("标记为重大隐患，但结论为“\(entry.response.label)”（只有不符合项才构成隐患）", .major)
        }
        return entry
    }
}
