import Foundation
import HazChemCore

/// Finds a county by its code, name or alias, as users write it in imports and commands.
package struct RegionDirectory: Sendable {
    /// The regions in configuration order, prefecture first.
    package let regions: [Region]
    private let countiesByKey: [String: Region]

    /// Indexes `regions`; only counties are found by ``county(_:)``.
    package init(_ regions: [Region]) {
        self.regions = regions
        var index: [String: Region] = [:]
        for region in regions where region.level == .county {
            for key in [region.code, region.name] + region.aliases { index[key] = region }
        }
        countiesByKey = index
    }

    /// The county whose code, name or alias is `text` (surrounding spaces ignored).
    package func county(_ text: String) -> Region? {
        countiesByKey[text.trimmed]
    }

    /// The county, or the prefecture, whose code, name or alias is `text`: where a panel may be formed.
    package func region(_ text: String) -> Region? {
        let key = text.trimmed
        return county(key)
            ?? regions.first {
                $0.level == .prefecture && ($0.code == key || $0.name == key || $0.aliases.contains(key))
            }
    }

    /// The county with this code, or nil.
    package func county(code: String) -> Region? {
        guard let region = countiesByKey[code], region.code == code else { return nil }
        return region
    }

    /// `乌兰浩特市(152201)、阿尔山市(152202)…`, for messages listing what is accepted.
    package var countyList: String {
        regions.filter { $0.level == .county }.map { "\($0.name)(\($0.code))" }.joined(separator: "、")
    }

    /// The message for an unknown county, listing the configured ones.
    package func unknownCountyMessage(_ text: String) -> String {
        if countiesByKey.isEmpty {
            return "未知的旗县市“\(text)”：数据库中还没有行政区划，请先配置 Config/regions.yaml"
        }
        return "未知的旗县市“\(text)”（应为：\(countyList)）"
    }
}
