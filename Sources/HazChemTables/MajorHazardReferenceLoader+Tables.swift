import Foundation
import HazChemCore

extension MajorHazardReferenceLoader {
    struct LoadedCategory {
        var category: MajorHazardReference.Category
        var field: YAMLField
        var hasBeta: Bool
    }

    // MARK: - 表2 and 表4

    static func loadCategories(_ items: [YAMLField]) -> [LoadedCategory] {
        var loaded: [LoadedCategory] = []
        var seen: Set<String> = []
        for item in items {
            item.rejectUnknownKeys(["code", "class", "description", "q", "source", "note"])
            let code = item.text("code")
            let hazardClass = item.text("class")
            let description = item.text("description")
            let q = item.required("q")?.positiveRational
            _ = item.text("source")
            _ = item.optionalText("note")
            guard let code, let hazardClass, let description, let q else { continue }
            guard seen.insert(MajorHazardReference.categoryKey(code)).inserted else {
                item.document.report(item["code"]!, "类别代码“\(code)”重复")
                continue
            }
            let category = MajorHazardReference.Category(
                code: code, hazardClass: hazardClass, description: description, criticalQuantity: q, beta: .one)
            loaded.append(LoadedCategory(category: category, field: item, hasBeta: false))
        }
        return loaded
    }

    static func applyBetas(_ items: [YAMLField], to categories: inout [LoadedCategory], document: YAMLDocument) {
        for item in items {
            item.rejectUnknownKeys(["code", "beta", "source", "note"])
            let code = item.text("code")
            let beta = item.required("beta")?.positiveRational
            guard let code, let beta else { continue }
            let key = MajorHazardReference.categoryKey(code)
            guard
                let index = categories.firstIndex(where: { MajorHazardReference.categoryKey($0.category.code) == key })
            else {
                document.report(item["code"]!, "未知的危险性类别“\(code)”（表4的代码应在表2 categories 中）")
                continue
            }
            if categories[index].hasBeta {
                document.report(item["code"]!, "类别“\(code)”的β重复")
            }
            categories[index].category.beta = beta
            categories[index].hasBeta = true
        }
        for category in categories where !category.hasBeta {
            document.report(category.field, "类别“\(category.category.code)”在 category_beta（表4）中没有β")
        }
    }

    // MARK: - 表5 and 表6

    static func loadAlphaBands(
        _ items: [YAMLField], field: YAMLField?, document: YAMLDocument
    ) -> [MajorHazardReference.AlphaBand] {
        var bands: [(band: MajorHazardReference.AlphaBand, field: YAMLField)] = []
        for item in items {
            item.rejectUnknownKeys(["min", "max", "alpha"])
            let min = item.required("min")?.integer
            let max = item["max"]?.integer
            let alpha = item.required("alpha")?.positiveRational
            guard let min, let alpha else { continue }
            if min < 0 {
                document.report(item["min"]!, "人数下限应不小于0")
                continue
            }
            if let max, max < min {
                document.report(item["max"]!, "人数上限\(max)小于下限\(min)")
                continue
            }
            if item["max"] != nil, max == nil { continue }
            bands.append((MajorHazardReference.AlphaBand(minPeople: min, maxPeople: max, alpha: alpha), item))
        }
        guard let field, !bands.isEmpty else { return [] }
        // The bands must cover 0, 1, 2, … exactly once, the last one open-ended.
        let sorted = bands.sorted { $0.band.minPeople < $1.band.minPeople }
        var next = 0
        for (offset, entry) in sorted.enumerated() {
            if entry.band.minPeople > next {
                document.report(entry.field, "α人数区间不连续：\(next)至\(entry.band.minPeople - 1)人没有对应的α")
            } else if entry.band.minPeople < next {
                document.report(entry.field, "α人数区间重叠：\(entry.band.minPeople)人落在两个区间")
            }
            guard let max = entry.band.maxPeople else {
                if offset != sorted.count - 1 { document.report(entry.field, "只有人数最多的区间可以不设上限（max）") }
                next = Int.max
                continue
            }
            next = max + 1
        }
        if next != Int.max { document.report(field, "α人数区间应以不设上限（无 max）的区间结束") }
        return sorted.map(\.band)
    }

    static func loadLevels(
        _ items: [YAMLField], field: YAMLField?, document: YAMLDocument
    ) -> [MajorHazardLevel: Rational] {
        var levels: [MajorHazardLevel: Rational] = [:]
        for item in items {
            item.rejectUnknownKeys(["level", "min"])
            let text = item.text("level")
            let min = item.required("min")?.rational
            guard let text, let min else { continue }
            guard let level = MajorHazardLevel(label: text) else {
                document.report(item["level"]!, "应为 一级、二级、三级 或 四级")
                continue
            }
            if levels[level] != nil { document.report(item["level"]!, "级别“\(text)”重复") }
            if min.isNegative { document.report(item["min"]!, "R下限应不小于0") }
            levels[level] = min
        }
        guard let field, !items.isEmpty else { return levels }
        let missing = MajorHazardLevel.allCases.filter { levels[$0] == nil }
        if !missing.isEmpty {
            document.report(field, "缺少级别：\(missing.map(\.label).joined(separator: "、"))")
            return levels
        }
        if levels[.fourth] != .zero { document.report(field, "四级的R下限应为0") }
        for (higher, lower) in zip(MajorHazardLevel.allCases, MajorHazardLevel.allCases.dropFirst())
        where levels[higher]! <= levels[lower]! {
            document.report(field, "\(higher.label)的R下限应大于\(lower.label)的R下限")
        }
        return levels
    }
}
