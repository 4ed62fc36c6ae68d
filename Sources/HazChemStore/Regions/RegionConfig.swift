import Foundation
import HazChemTables

/// Reads the campaign's regions from a YAML file (`kind: regions`), reporting every problem with its line.
package enum RegionConfig {
    /// The file the CLI reads when no path is given, relative to the working directory.
    package static let defaultRelativePath = "Config/regions.yaml"

    /// Loads and validates a regions file: the prefecture first, then its counties in file order.
    package static func load(contentsOf url: URL) throws(StoreError) -> [Region] {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw StoreError(.invalidInput, file: url.path, message: "找不到行政区划配置文件")
        }
        return try parse(YAMLDocument(contentsOf: url))
    }

    /// Validates a parsed regions document.
    package static func parse(_ document: YAMLDocument) throws(StoreError) -> [Region] {
        var regions: [Region] = []
        if let root = document.root {
            root.rejectUnknownKeys(["kind", "title", "basis", "note", "prefecture", "counties"])
            if let kind = root.text("kind"), kind != "regions" {
                document.report(root["kind"]!, "应为 regions（行政区划配置）")
            }
            if let prefecture = root.required("prefecture"), let region = region(prefecture, parent: nil, position: 0) {
                regions.append(region)
            }
            let counties = root.items("counties")
            if root["counties"] != nil, counties.isEmpty {
                document.report(root["counties"]!, "至少应有一个旗县市")
            }
            for (index, county) in counties.enumerated() {
                if let region = region(county, parent: regions.first, position: index + 1) { regions.append(region) }
            }
            checkUnique(regions, counties: counties, prefecture: root["prefecture"], document: document)
        }
        do { try document.finish() } catch { throw StoreError.wrap(error) }
        return regions
    }

    private static func region(_ field: YAMLField, parent: Region?, position: Int) -> Region? {
        field.rejectUnknownKeys(["code", "name", "aliases"])
        let aliases = field["aliases"]?.texts ?? []
        let codeField = field.required("code")
        guard let code = codeField?.text, let name = field.text("name"), let codeField else { return nil }
        guard code.count == 6, code.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            field.document.report(codeField, "行政区划代码应为6位数字（GB/T 2260），实际为“\(code)”")
            return nil
        }
        if let parent {
            guard code.prefix(4) == parent.code.prefix(4), !code.hasSuffix("00") else {
                field.document.report(
                    codeField, "旗县市代码“\(code)”不属于\(parent.name)（\(parent.code)），前4位应为\(parent.code.prefix(4))")
                return nil
            }
            return Region(
                code: code, name: name, level: .county, parentCode: parent.code, position: position, aliases: aliases)
        }
        guard code.hasSuffix("00") else {
            field.document.report(codeField, "盟市代码应以00结尾，实际为“\(code)”")
            return nil
        }
        return Region(
            code: code, name: name, level: .prefecture, parentCode: nil, position: position, aliases: aliases)
    }

    private static func checkUnique(
        _ regions: [Region], counties: [YAMLField], prefecture: YAMLField?, document: YAMLDocument
    ) {
        var codes: Set<String> = []
        var names: Set<String> = []
        for region in regions {
            let field = region.level == .prefecture ? prefecture : counties[region.position - 1]
            if !codes.insert(region.code).inserted, let field {
                document.report(field, "行政区划代码“\(region.code)”重复")
            }
            for name in [region.name] + region.aliases where !names.insert(name).inserted {
                if let field { document.report(field, "行政区划名称或别名“\(name)”重复") }
            }
        }
    }
}
