import Foundation
import HazChemCore
import HazChemStore

/// Production and storage units for the GB 18218-2018 sample of demo enterprises.
///
/// Each of the enterprise's drawn major hazard levels becomes one unit holding a 表1 chemical, with a design
/// quantity and people within 500 m picked so that R lands in that level's band; the level actually stored
/// is whatever ``MajorHazardCalculator`` computes from the units.
enum DemoCampaignHazardUnits {
    /// 表1 chemicals the demo uses: critical quantity Q (t), β (表3, or 表4 for the category given) and category.
    private static let chemicals: [String: (q: Int, beta: Double, categories: [String])] = [
        "氯": (5, 4, []), "氨": (10, 2, []), "硫化氢": (5, 5, []), "二氧化硫": (20, 2, []),
        "液化石油气": (50, 1.5, []), "氢": (5, 1.5, []), "乙炔": (1, 1.5, []),
        "甲醇": (500, 1, ["W5.3"]), "苯": (50, 1, ["W5.3"]), "甲苯": (500, 1, ["W5.3"]), "汽油": (200, 1, ["W5.3"]),
    ]

    /// R bands of levels 1–4 (GB 18218-2018 表6), as drawn targets.
    private static let bands: [ClosedRange<Double>] = [110...300, 55...95, 12...45, 2...9]

    /// The units of `enterprise`, one per drawn level, holding its key chemicals where 表1 lists them.
    static func units(for enterprise: Enterprise, _ random: inout DemoCampaignRandom) -> [HazardUnit] {
        var candidates = enterprise.keyChemicals.filter { chemicals[$0] != nil }
        if candidates.isEmpty { candidates = [enterprise.kind == .production ? "氨" : "液化石油气"] }
        return enterprise.majorHazardLevels.enumerated().map { position, level in
            let name = candidates[position % candidates.count]
            let chemical = chemicals[name]!
            let people = random.pick([0, 12, 35, 60, 150])
            let alpha = people >= 100 ? 2.0 : people >= 50 ? 1.5 : people >= 30 ? 1.2 : people >= 1 ? 1.0 : 0.5
            let band = bands[level - 1]
            let r = band.lowerBound + Double(random.int(below: 1000)) / 1000 * (band.upperBound - band.lowerBound)
            let ratio = max(1.05, r / (alpha * chemical.beta))
            let tonnes = max(1, Int((ratio * Double(chemical.q)).rounded(.up)))
            let storage = enterprise.kind != .production || position > 0 || random.chance(50)
            return HazardUnit(
                id: storage ? "T\(position + 1)" : "P\(position + 1)",
                name: storage ? "\(name)储罐区" : "\(name)生产装置", kind: storage ? .storage : .production,
                peopleWithin500m: people,
                chemicals: [
                    ChemicalInventory(
                        name: name, categories: chemical.categories, quantity: Rational(tonnes), unit: .tonnes)
                ])
        }
    }
}
