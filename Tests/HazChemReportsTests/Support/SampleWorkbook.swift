import Foundation
import HazChemCore
import HazChemReports
import HazChemXLSX

/// A workbook that uses every part of the Worksheet API, written for round-trip tests.
enum SampleWorkbook {
    static let counties = ["乌兰浩特市", "阿尔山市", "科尔沁右翼前旗"]
    /// Grade counts per county (red, orange, yellow, blue).
    static let counts = [[1, 2, 5, 9], [0, 1, 3, 4], [2, 0, 6, 11]]
    /// 2019-07-01 10:30 in China Standard Time.
    static let instant = Date(timeIntervalSince1970: 1_561_948_200)

    /// Writes the workbook and returns its URL.
    static func write(in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent("样例.xlsx")
        let workbook = try Workbook(url: url)
        try writeSummary(workbook.addWorksheet(named: "汇总"))
        try writeInput(workbook.addWorksheet(named: "录入"))
        let hidden = try workbook.addWorksheet(named: "参数")
        try hidden.write("隐藏的参数表", row: 0, column: 0)
        hidden.hide()
        try workbook.close()
        return url
    }

    private static func writeSummary(_ sheet: Worksheet) throws {
        let workbook = sheet.workbook
        let title = try workbook.format(Format(bold: true, fontSize: 16, horizontal: .center))
        let header = try workbook.format(Format(bold: true, fill: RGBColor(0xD9D9D9), border: .thin))
        try sheet.merge(CellRange("A1:F1")!, text: "兴安盟危险化学品企业风险等级汇总", format: title)
        for (column, text) in ["旗县市", "红色", "橙色", "黄色", "蓝色", "合计"].enumerated() {
            try sheet.write(text, row: 1, column: column, format: header)
        }
        for (index, county) in counties.enumerated() {
            let row = index + 2
            try sheet.write(county, row: row, column: 0)
            for (column, count) in counts[index].enumerated() {
                try sheet.write(count, row: row, column: column + 1)
            }
            try sheet.writeFormula(
                "=SUM(B\(row + 1):E\(row + 1))", row: row, column: 5, cachedNumber: Double(counts[index].reduce(0, +)))
        }
        try sheet.write("合计", row: 5, column: 0, format: header)
        for column in 1...5 {
            let name = CellAddress.columnName(column)
            let total = column == 5 ? counts.joined().reduce(0, +) : counts.map { $0[column - 1] }.reduce(0, +)
            try sheet.writeFormula("=SUM(\(name)3:\(name)5)", row: 5, column: column, cachedNumber: Double(total))
        }
        try sheet.writeFormula("=IF(F6>0,\"有数据\",\"无数据\")", row: 6, column: 0, cachedText: "有数据")
        try sheet.setColumnWidth(16, columns: 0...0)

        let bars = try workbook.addChart(.stackedBar)
        for (offset, grade) in Grade.allCases.enumerated() {
            try bars.addSeries(
                name: grade.label, categories: CellRange("A3:A5")!,
                values: CellRange(firstRow: 2, firstColumn: offset + 1, lastRow: 4, lastColumn: offset + 1), in: sheet,
                fill: RGBColor(hex: grade.rgbHex))
        }
        bars.setTitle("各旗县市风险等级分布")
        bars.setCategoryAxisName("旗县市")
        bars.setValueAxisName("企业数")
        bars.setLegend(.bottom)
        try sheet.insert(bars, at: CellAddress("H2")!)

        let pie = try workbook.addChart(.pie)
        try pie.addSeries(
            name: "全盟", categories: CellRange("B2:E2")!, values: CellRange("B6:E6")!, in: sheet,
            pointFills: Grade.allCases.map { RGBColor(hex: $0.rgbHex)! })
        pie.setTitle("全盟风险等级占比")
        try sheet.insert(pie, at: CellAddress("H18")!, xScale: 0.8, yScale: 0.8)
    }

    private static func writeInput(_ sheet: Worksheet) throws {
        let workbook = sheet.workbook
        let header = try workbook.format(Format(bold: true, border: .thin, horizontal: .center))
        let editable = try workbook.format(Format(fill: RGBColor(0xFFF2CC), locked: false))
        for (column, text) in ["名称", "数值", "风险等级", "得分", "评估日期", "时间", "在园区", "链接"].enumerated() {
            try sheet.write(text, row: 0, column: column, format: header)
        }
        try sheet.setRowHeight(24, row: 0)
        try sheet.write("科尔沁右翼中旗某化工厂（测试）", row: 1, column: 0)
        try sheet.write(3.25, row: 1, column: 1)
        try sheet.writeBlank(row: 1, column: 2, format: editable)
        try sheet.write(Tenths(raw: 875), row: 1, column: 3, format: workbook.format(Format(numberFormat: "0.0")))
        try sheet.write(LocalDate(year: 2019, month: 7, day: 1)!, row: 1, column: 4)
        try sheet.write(instant, row: 1, column: 5)
        try sheet.write(true, row: 1, column: 6)
        try sheet.writeURL("https://www.mem.gov.cn/", row: 1, column: 7, text: "应急管理部")
        try sheet.write(42, row: 2, column: 1)
        try sheet.setColumnWidth(30, columns: 0...0)
        try sheet.setColumnWidth(12, columns: 1...7)
        try sheet.freezePanes(row: 1)
        try sheet.autofilter(CellRange("A1:H3")!)
        try sheet.addListValidation(
            Grade.allCases.map(\.label), to: CellRange("C2:C20")!,
            messages: ValidationMessages(inputTitle: "风险等级", inputMessage: "请选择", errorMessage: "只能选择四种等级"))
        try sheet.addNumberValidation(to: CellRange("D2:D20")!, minimum: 0, maximum: 100)
        try sheet.addDateValidation(
            to: CellRange("E2:E20")!, from: LocalDate(year: 2019, month: 1, day: 1)!,
            through: LocalDate(year: 2019, month: 12, day: 31)!)
        sheet.protect(allowing: [.formatColumns, .autofilter])
        try sheet.setPageSetup(
            PageSetup(
                landscape: true, paper: .a4, fitToWidth: true, repeatRows: 0...0, header: "&C风险评估录入表",
                footer: "&C第 &P 页", printArea: CellRange("A1:H20")))
    }
}
