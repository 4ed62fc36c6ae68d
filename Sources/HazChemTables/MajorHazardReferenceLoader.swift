import Foundation
import HazChemCore

/// Loads and checks `gb18218-2018.yaml` (kind: mhi-reference), collecting every problem with its
/// file, line and field: duplicate names, aliases or CAS numbers, non-positive Q or β, unknown
/// categories, a 表3 name outside 表1, α bands with gaps or overlaps, and a broken level table.
package enum MajorHazardReferenceLoader {
    /// The file name in a tables directory.
    package static let fileName = "gb18218-2018.yaml"

    /// Loads `gb18218-2018.yaml` from a tables directory such as `Checklists/`.
    package static func load(tablesDirectory: URL) throws(TableError) -> MajorHazardReference {
        try load(contentsOf: tablesDirectory.appendingPathComponent(fileName))
    }

    /// Loads a reference file.
    package static func load(contentsOf url: URL) throws(TableError) -> MajorHazardReference {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw TableError(file: url.lastPathComponent, message: "找不到文件 \(url.path)")
        }
        return try load(YAMLDocument(contentsOf: url))
    }

    /// Loads reference data from text; `file` names it in messages.
    package static func load(text: String, file: String) throws(TableError) -> MajorHazardReference {
        try load(YAMLDocument(file: file, text: text))
    }

    static let rootKeys = TableCatalog.headerKeys.union([
        "named", "categories", "toxic_gas_beta", "category_beta", "alpha", "levels",
    ])

    private static func load(_ document: YAMLDocument) throws(TableError) -> MajorHazardReference {
        let loaded = read(document)
        do {
            try document.finish()
        } catch {
            throw error.sortedByLine()
        }
        guard let loaded else { throw TableError(file: document.file, message: "文件为空") }
        return loaded.reference
    }

    /// Reads a parsed reference document, recording problems in it (for the catalog); nil when unusable.
    package static func read(_ document: YAMLDocument) -> (header: TableHeader, reference: MajorHazardReference)? {
        guard let root = document.root else { return nil }
        root.rejectUnknownKeys(rootKeys)
        if let kind = root.text("kind"), kind != "mhi-reference", let field = root["kind"] {
            document.report(field, "应为 mhi-reference")
        }
        let header = TableCatalog.readHeader(root, requireAppliesTo: false)

        var categories = loadCategories(root.items("categories"))
        applyBetas(root.items("category_beta"), to: &categories, document: document)
        let codes = Set(categories.map { MajorHazardReference.categoryKey($0.category.code) })
        var named = loadNamed(root.items("named"), categoryCodes: codes, document: document)
        applyToxicGasBetas(root.items("toxic_gas_beta"), to: &named)
        let bands = loadAlphaBands(root.items("alpha"), field: root["alpha"], document: document)
        let levels = loadLevels(root.items("levels"), field: root["levels"], document: document)
        guard let header, document.problems.isEmpty else { return nil }
        let reference = MajorHazardReference(
            id: header.id, title: header.title, basis: header.basis, namedChemicals: named.map(\.chemical),
            categories: categories.map(\.category), alphaBands: bands, levelMinimums: levels)
        return (header, reference)
    }

    // MARK: - 表1 and 表3

    struct LoadedChemical {
        var chemical: MajorHazardReference.NamedChemical
        var field: YAMLField
    }

    private static func loadNamed(
        _ items: [YAMLField], categoryCodes: Set<String>, document: YAMLDocument
    ) -> [LoadedChemical] {
        let keys: Set<String> = [
            "number", "name", "full_name", "aliases", "family", "cas", "q", "beta_category", "source", "note",
        ]
        var loaded: [LoadedChemical] = []
        var numbers: [Int: Int] = [:]
        var names: [String: String] = [:]  // lookup key → entry name
        var families: [String: (YAMLField, [String])] = [:]
        var cas: [String: (name: String, family: [String])] = [:]
        for item in items {
            item.rejectUnknownKeys(keys)
            let number = item.required("number")?.integer
            let name = item.text("name")
            let q = item.required("q")?.positiveRational
            let source = item.text("source")
            let aliases = item["aliases"]?.textList ?? []
            let family = item["family"]?.textList ?? []
            let casNumbers = item["cas"]?.textList ?? []
            let betaCategory = item.optionalText("beta_category")
            if let number {
                if number <= 0 {
                    document.report(item["number"]!, "序号应为正整数")
                } else if let first = numbers[number] {
                    document.report(item["number"]!, "序号\(number)重复（第\(first)行已有）")
                } else {
                    numbers[number] = item.line ?? 0
                }
            }
            guard let number, let name, let q, let source else { continue }
            for text in [name] + aliases {
                let key = MajorHazardReference.lookupKey(text)
                if let other = names[key] {
                    document.report(item, "名称或别名“\(text)”与“\(other)”重复")
                } else {
                    names[key] = name
                }
            }
            for text in family {
                families[MajorHazardReference.lookupKey(text), default: (item, [])].1.append(name)
            }
            let familyKeys = family.map(MajorHazardReference.lookupKey).sorted()
            for number in casNumbers {
                guard CASNumber.isValid(number) else {
                    document.report(item["cas"]!, "CAS号“\(number)”格式或校验位错误")
                    continue
                }
                let key = CASNumber.normalized(number)
                if let other = cas[key], other.family.isEmpty || other.family != familyKeys {
                    document.report(
                        item["cas"]!, "CAS号\(number)与“\(other.name)”重复（仅同一 family 中按浓度或形态分列的条目可共用CAS号）")
                }
                cas[key] = (name, familyKeys)
            }
            if let betaCategory, !categoryCodes.contains(MajorHazardReference.categoryKey(betaCategory)) {
                document.report(item["beta_category"]!, "未知的危险性类别“\(betaCategory)”（应为表2中的代码）")
            }
            let chemical = MajorHazardReference.NamedChemical(
                number: number, name: name, fullName: item.optionalText("full_name"), aliases: aliases,
                casNumbers: casNumbers, criticalQuantity: q, family: family, betaCategory: betaCategory,
                source: source, note: item.optionalText("note"))
            loaded.append(LoadedChemical(chemical: chemical, field: item))
        }
        for (key, (field, _)) in families.sorted(by: { $0.key < $1.key }) where names[key] != nil {
            document.report(field["family"] ?? field, "family 名称与条目“\(names[key]!)”的名称或别名重复")
        }
        return loaded
    }

    private static func applyToxicGasBetas(_ items: [YAMLField], to named: inout [LoadedChemical]) {
        var index: [String: Int] = [:]
        for (offset, entry) in named.enumerated() {
            for text in [entry.chemical.name] + entry.chemical.aliases {
                index[MajorHazardReference.lookupKey(text)] = offset
            }
        }
        for item in items {
            item.rejectUnknownKeys(["name", "beta", "source", "note"])
            let name = item.text("name")
            let beta = item.required("beta")?.positiveRational
            guard let name, let beta else { continue }
            guard let offset = index[MajorHazardReference.lookupKey(name)] else {
                item.document.report(item["name"]!, "“\(name)”不是表1中的名称或别名")
                continue
            }
            if named[offset].chemical.toxicGasBeta != nil {
                item.document.report(item["name"]!, "“\(name)”（表1“\(named[offset].chemical.name)”）的β重复")
            }
            named[offset].chemical.toxicGasBeta = beta
        }
    }
}
