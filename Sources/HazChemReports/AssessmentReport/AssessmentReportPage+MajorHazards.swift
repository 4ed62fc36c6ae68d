import HazChemCore
import HazChemXLSX

extension AssessmentReportPage {
    /// The header of 重大危险源.
    static let majorHazardHeaders = [
        "单元", "化学品", "q（吨）", "Q（吨）", "Q 取值依据", "β", "β 取值依据", "q/Q", "β·q/Q", "S = Σq/Q", "α", "R", "级别",
    ]

    /// 重大危险源: each unit's chemicals with q, Q, β, q/Q and β·q/Q, then the unit's S, α, R and level,
    /// then the enterprise's highest level and the grading rule it implies.
    func writeMajorHazards() throws {
        guard let assessment = data.majorHazards else { return }
        let last = Self.majorHazardHeaders.count - 1
        try title("危险化学品重大危险源辨识与分级（依据 \(assessment.basis)）", row: 0, columns: 0...last)
        try header(Self.majorHazardHeaders, row: 1)
        var row = 2
        for result in assessment.units {
            row = try writeUnit(result, from: row)
        }
        row += 1
        let conclusion: String
        if let level = assessment.highestLevel, let rule = assessment.gradingRuleID {
            conclusion =
                "共 \(assessment.units.count) 个单元，构成重大危险源 \(assessment.majorUnits.count) 个；"
                + "最高等级为\(level.label)，对应分级表规则 \(rule)。"
        } else {
            conclusion = "共 \(assessment.units.count) 个单元，均不构成重大危险源；分级表规则 1.1.1–1.1.4 均不适用。"
        }
        try out.merge(conclusion, row: row, columns: 0...last, format: formats.note, wraps: true)
    }

    /// A unit's chemical rows and its result row; returns the next free row.
    private func writeUnit(_ result: MajorHazardUnitResult, from start: Int) throws -> Int {
        let table = formats.table
        let unit = result.unit
        var row = start
        let first = row
        for line in result.lines {
            try out.write("\(unit.id) \(unit.name)", row: row, column: 0, format: table.wrapped, wraps: true)
            var name = line.input.displayName
            if let cas = line.input.cas, line.input.name != nil { name += "（CAS \(cas)）" }
            try out.write(name, row: row, column: 1, format: table.wrapped, wraps: true)
            try number(line.tonnes, row: row, column: 2)
            try number(line.criticalQuantity, row: row, column: 3)
            try out.write(line.criticalQuantityBasis.label, row: row, column: 4, format: table.wrapped, wraps: true)
            try number(line.beta, row: row, column: 5)
            try out.write(line.betaBasis.label, row: row, column: 6, format: table.wrapped, wraps: true)
            try number(line.ratio, row: row, column: 7)
            try number(line.weightedRatio, row: row, column: 8)
            row += 1
        }
        let people = "\(unit.id) \(unit.name) 合计（\(unit.kind.label)，厂外500米内\(unit.peopleWithin500m)人）"
        try out.merge(people, row: row, columns: 0...6, format: formats.subtotalLabel, wraps: true)
        let sums = result.lines.isEmpty ? nil : (first + 1, row)
        try sum(result.sum, column: 7, rows: sums, row: row)
        try sum(result.weightedSum, column: 8, rows: sums, row: row)
        try number(result.sum, row: row, column: 9)
        if let alpha = result.alpha, let r = result.r, let level = result.level {
            try number(alpha, row: row, column: 10)
            try number(r, row: row, column: 11)
            try out.write("\(level.label)重大危险源", row: row, column: 12, format: formats.major)
        } else {
            try out.sheet.writeBlank(row: row, column: 10, format: table.centered)
            try out.sheet.writeBlank(row: row, column: 11, format: table.centered)
            try out.write("不构成重大危险源", row: row, column: 12, format: table.centered)
        }
        return row + 1
    }

    /// Writes an exact value rounded to four decimals as a number.
    private func number(_ value: Rational, row: Int, column: Int) throws {
        let text = value.decimalString(places: 4)
        try out.sheet.write(Double(text) ?? 0, row: row, column: column, format: formats.table.centered)
        out.measure(text, column: column)
    }

    /// A `SUM` over the chemical rows (Excel rows, one-based) with the exact value cached.
    private func sum(_ value: Rational, column: Int, rows: (Int, Int)?, row: Int) throws {
        guard let (first, last) = rows else { return try number(value, row: row, column: column) }
        let name = CellAddress.columnName(column)
        let cached = Double(value.decimalString(places: 4)) ?? 0
        try out.sheet.writeFormula(
            "=SUM(\(name)\(first):\(name)\(last))", row: row, column: column, cachedNumber: cached,
            format: formats.table.centered)
    }
}
