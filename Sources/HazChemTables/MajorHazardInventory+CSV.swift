import Foundation
import HazChemCore

extension MajorHazardInventory {
    /// The columns of an inventory CSV: the first name is the one to write, the others are accepted.
    enum Column: CaseIterable {
        case unitID, unitName, unitKind, people, name, cas, categories, quantity, unit, density

        var names: [String] {
            switch self {
            case .unitID: ["单元编号", "单元编码", "单元ID"]
            case .unitName: ["单元名称"]
            case .unitKind: ["单元类型", "单元类别"]
            case .people: ["500米内人数", "厂外500米内人数", "500米范围内人数", "500m内人数"]
            case .name: ["危险化学品名称", "化学品名称", "名称"]
            case .cas: ["CAS号", "CAS", "CAS编号"]
            case .categories: ["危险性类别", "危险类别"]
            case .quantity: ["设计最大量", "最大量"]
            case .unit: ["计量单位", "单位"]
            case .density: ["密度(t/m³)", "密度(t/m3)", "密度"]
            }
        }

        var isRequired: Bool { [.unitID, .unitKind, .people, .quantity, .unit].contains(self) }
    }

    /// Reads an inventory CSV: UTF-8 with or without a byte-order mark, one row per chemical,
    /// grouped into units by 单元编号 in first-appearance order.
    ///
    /// Columns (header names; order free, other columns such as 序号 or 备注 ignored):
    /// 单元编号*, 单元名称, 单元类型* (储存单元/生产单元), 500米内人数*, 危险化学品名称, CAS号
    /// (at least one of the two), 危险性类别 (表2 codes separated by 、 , ； or spaces), 设计最大量*,
    /// 计量单位* (t/kg/m3/L), 密度(t/m³) (for m3 and L). Unit fields may be left blank on the unit's
    /// later rows; differing values are an error. Every bad row is reported with its line and column.
    package static func csv(
        data: Data, file: String, checkingWith calculator: MajorHazardCalculator? = nil
    ) throws(TableError) -> MajorHazardInventory {
        let table = try CSVTable(data: data, file: file)
        var columns: [Column: Int] = [:]
        var problems: [TableError.Problem] = []
        for column in Column.allCases {
            if let index = table.column(column.names) {
                columns[column] = index
            } else if column.isRequired {
                problems.append(.init(file: file, line: 1, field: column.names[0], message: "缺少列"))
            }
        }
        if columns[.name] == nil, columns[.cas] == nil {
            problems.append(.init(file: file, line: 1, field: "危险化学品名称", message: "缺少列（危险化学品名称和CAS号至少要有一列）"))
        }
        guard problems.isEmpty else { throw TableError(problems: problems) }

        struct UnitDraft {
            var id: String
            var firstLine: Int
            var values: [Column: (value: String, line: Int)] = [:]
            var chemicals: [ChemicalInventory] = []
        }
        var drafts: [UnitDraft] = []
        var read: [ReadChemical] = []
        func header(_ column: Column) -> String { columns[column].map { table.header[$0] } ?? column.names[0] }
        func report(_ line: Int, _ column: Column, _ message: String) {
            problems.append(.init(file: file, line: line, field: header(column), message: message))
        }
        for row in table.rows {
            let value = { (column: Column) in table.value(row, columns[column]) }
            let id = value(.unitID)
            guard !id.isEmpty else {
                report(row.line, .unitID, "应填写单元编号")
                continue
            }
            var index = drafts.firstIndex { $0.id == id }
            if index == nil {
                drafts.append(UnitDraft(id: id, firstLine: row.line))
                index = drafts.count - 1
            }
            for column in [Column.unitName, .unitKind, .people] {
                let text = value(column)
                guard !text.isEmpty else { continue }
                if let earlier = drafts[index!].values[column] {
                    if earlier.value != text {
                        report(row.line, column, "与本单元第\(earlier.line)行的“\(earlier.value)”不一致")
                    }
                } else {
                    drafts[index!].values[column] = (text, row.line)
                }
            }
            let name = value(.name).isEmpty ? nil : value(.name)
            let cas = value(.cas).isEmpty ? nil : value(.cas)
            let categories = splitCategories(value(.categories))
            if var chemical = readChemical(row, value: value, report: report) {
                chemical.origin = "\(file) 第\(row.line)行"
                drafts[index!].chemicals.append(chemical)
                read.append(
                    ReadChemical(
                        unitID: id, chemical: chemical, line: row.line, fieldName: { header(csvColumn(for: $0)) }))
            } else if let probe = ReadChemical.probe(name: name, cas: cas, categories: categories) {
                read.append(
                    ReadChemical(
                        unitID: id, chemical: probe, line: row.line, fieldName: { header(csvColumn(for: $0)) },
                        identityOnly: true))
            }
        }
        var units: [HazardUnit] = []
        for draft in drafts {
            var kind: HazardUnitKind?
            if let (text, line) = draft.values[.unitKind] {
                kind = HazardUnitKind(label: text)
                if kind == nil { report(line, .unitKind, "应为 储存单元 或 生产单元") }
            } else {
                report(draft.firstLine, .unitKind, "单元\(draft.id)未填写单元类型")
            }
            var people: Int?
            if let (text, line) = draft.values[.people] {
                people = Int(text).flatMap { $0 >= 0 ? $0 : nil }
                if people == nil { report(line, .people, "人数应为不小于0的整数") }
            } else {
                report(draft.firstLine, .people, "单元\(draft.id)未填写500米内人数")
            }
            guard let kind, let people else { continue }
            units.append(
                HazardUnit(
                    id: draft.id, name: draft.values[.unitName]?.value ?? draft.id, kind: kind,
                    peopleWithin500m: people,
                    chemicals: draft.chemicals, origin: "\(file) 第\(draft.firstLine)行"))
        }
        problems += check(read, file: file, with: calculator)
        guard problems.isEmpty else {
            throw TableError(problems: problems).sortedByLine()
        }
        return MajorHazardInventory(units: units)
    }

    private static func readChemical(
        _ row: CSVTable.Row, value: (Column) -> String, report: (Int, Column, String) -> Void
    ) -> ChemicalInventory? {
        let name = value(.name)
        let cas = value(.cas)
        var ok = true
        if name.isEmpty, cas.isEmpty {
            report(row.line, .name, "应填写危险化学品名称或CAS号")
            ok = false
        }
        let quantity = Rational(decimal: value(.quantity))
        if value(.quantity).isEmpty {
            report(row.line, .quantity, "应填写设计最大量")
        } else if quantity == nil || !(quantity! > .zero) {
            report(row.line, .quantity, "“\(value(.quantity))”不是大于0的数字（最多\(Rational.maxFractionDigits)位小数）")
        }
        let unit = QuantityUnit(label: value(.unit))
        if unit == nil {
            report(row.line, .unit, value(.unit).isEmpty ? "应填写计量单位" : "“\(value(.unit))”应为 t、kg、m3 或 L")
        }
        var density: Rational?
        if !value(.density).isEmpty {
            density = Rational(decimal: value(.density))
            if density == nil || !(density! > .zero) {
                report(row.line, .density, "“\(value(.density))”不是大于0的数字")
                ok = false
            }
        }
        guard ok, let quantity, quantity > .zero, let unit else { return nil }
        return ChemicalInventory(
            name: name.isEmpty ? nil : name, cas: cas.isEmpty ? nil : cas,
            categories: splitCategories(value(.categories)),
            quantity: quantity, unit: unit, density: density)
    }

    /// The CSV column for a calculator field name.
    private static func csvColumn(for field: String) -> Column {
        switch field {
        case "CAS号": .cas
        case "危险性类别": .categories
        case "设计最大量": .quantity
        case "计量单位": .unit
        case "密度": .density
        default: .name
        }
    }
}
