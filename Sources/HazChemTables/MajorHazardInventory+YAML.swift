import Foundation
import HazChemCore
import Yams

extension MajorHazardInventory {
    /// Reads a YAML (or JSON) units file:
    ///
    /// ```yaml
    /// kind: mhi-units                 # optional marker
    /// enterprise: 示例化工有限公司      # optional
    /// units:
    ///   - id: T1                      # unique in the file
    ///     name: 液氨罐区               # optional, defaults to the id
    ///     kind: storage               # storage | production (储存单元 | 生产单元)
    ///     people_within_500m: 120     # people outside the unit within 500 m, whole number ≥ 0
    ///     chemicals:
    ///       - name: 液氨               # 表1 name or alias, or any name with categories
    ///         cas: 7664-41-7          # optional
    ///         categories: [J3]        # 表2 codes; required when the chemical is not in 表1
    ///         quantity: 50            # design maximum quantity, > 0
    ///         unit: t                 # t | kg | m3 | L
    ///         density: 0.6            # t/m³, required for m3 and L
    /// ```
    package static func yaml(
        text: String, file: String, checkingWith calculator: MajorHazardCalculator? = nil
    ) throws(TableError) -> MajorHazardInventory {
        try yaml(YAMLDocument(file: file, text: text), checkingWith: calculator)
    }

    static let yamlFieldNames = [
        "名称": "name", "CAS号": "cas", "危险性类别": "categories", "设计最大量": "quantity", "计量单位": "unit",
        "密度": "density",
    ]

    static func yaml(
        _ document: YAMLDocument, checkingWith calculator: MajorHazardCalculator?
    ) throws(TableError) -> MajorHazardInventory {
        guard let root = document.root else {
            try document.finish()
            throw TableError(file: document.file, message: "文件为空")
        }
        root.rejectUnknownKeys(["kind", "enterprise", "units", "note"])
        if let kind = root["kind"]?.text, kind != "mhi-units" { document.report(root["kind"]!, "应为 mhi-units") }
        let enterprise = root.optionalText("enterprise")
        _ = root.optionalText("note")
        var units: [HazardUnit] = []
        var read: [ReadChemical] = []
        var ids: [String: Int] = [:]
        for item in root.items("units") {
            item.rejectUnknownKeys(["id", "name", "kind", "people_within_500m", "chemicals", "note"])
            let id = item.text("id")
            let name = item.optionalText("name")
            _ = item.optionalText("note")
            var kind: HazardUnitKind?
            if let field = item.required("kind"), let text = field.text {
                kind = HazardUnitKind(label: text)
                if kind == nil { document.report(field, "应为 storage（储存单元）或 production（生产单元）") }
            }
            var people: Int?
            if let field = item.required("people_within_500m"), let value = field.integer {
                if value < 0 { document.report(field, "人数应为不小于0的整数") } else { people = value }
            }
            if let id, let field = item["id"] {
                if let first = ids[id] {
                    document.report(field, "单元编号“\(id)”重复（第\(first)行已有）")
                } else {
                    ids[id] = field.line ?? 0
                }
            }
            let chemicalItems = item.items("chemicals")
            if let field = item["chemicals"], chemicalItems.isEmpty, case .sequence = field.node {
                document.report(field, "单元未列出任何危险化学品")
            }
            var chemicals: [ChemicalInventory] = []
            for field in chemicalItems {
                let chemical = readChemical(field, document: document)
                if let chemical { chemicals.append(chemical) }
                let probe = ReadChemical.probe(
                    name: field["name"]?.scalarText, cas: field["cas"]?.scalarText,
                    categories: (field["categories"]?.textList ?? []).flatMap(splitCategories))
                guard let id, let checked = chemical ?? probe else { continue }
                read.append(
                    ReadChemical(
                        unitID: id, chemical: checked, line: field.line,
                        fieldName: { "\(field.path).\(yamlFieldNames[$0] ?? $0)" }, identityOnly: chemical == nil))
            }
            guard let id, let kind, let people else { continue }
            units.append(
                HazardUnit(
                    id: id, name: name ?? id, kind: kind, peopleWithin500m: people, chemicals: chemicals,
                    origin: item.line.map { "\(document.file) 第\($0)行" }))
        }
        for problem in check(read, file: document.file, with: calculator) {
            document.report(line: problem.line, field: problem.field, problem.message)
        }
        do {
            try document.finish()
        } catch {
            throw error.sortedByLine()
        }
        return MajorHazardInventory(enterprise: enterprise, units: units)
    }

    private static func readChemical(_ item: YAMLField, document: YAMLDocument) -> ChemicalInventory? {
        item.rejectUnknownKeys(["name", "cas", "categories", "quantity", "unit", "density", "note"])
        let name = item.optionalText("name")
        let cas = item.optionalText("cas")
        _ = item.optionalText("note")
        if item["name"] == nil, item["cas"] == nil {
            document.report(line: item.line, field: "\(item.path).name", "应填写危险化学品名称（name）或CAS号（cas）")
        }
        let categories = (item["categories"]?.textList ?? []).flatMap(splitCategories)
        let quantity = item.required("quantity")?.rational
        if let quantity, !(quantity > .zero) { document.report(item["quantity"]!, "设计最大量应大于0") }
        var unit: QuantityUnit?
        if let field = item.required("unit"), let text = field.text {
            unit = QuantityUnit(label: text)
            if unit == nil { document.report(field, "计量单位应为 t、kg、m3 或 L") }
        }
        let density = item["density"]?.positiveRational
        guard let quantity, quantity > .zero, let unit, item["density"] == nil || density != nil,
            name != nil || cas != nil
        else { return nil }
        return ChemicalInventory(
            name: name, cas: cas, categories: categories, quantity: quantity, unit: unit, density: density,
            origin: item.line.map { "\(document.file) 第\($0)行" })
    }
}
