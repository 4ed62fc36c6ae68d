import Foundation
import HazChemCore
import HazChemStore

/// One generated enterprise with what the generator decided about it.
struct DemoEnterprise: Sendable {
    /// Its place in the run (0-based), which seeds its random streams.
    var index: Int
    /// The record to store; `id` is set once stored.
    var record: Enterprise
    /// Its county.
    var county: Region
    /// Production and storage units (only for the GB 18218 sample), stored in `hazard_unit`.
    var units: [HazardUnit] = []
    /// On-site working days an assessment takes.
    var onSiteDays: Int
}

/// Generates the enterprises: kinds in plausible proportions, spread over the counties, with profiles.
enum DemoCampaignEnterprises {
    /// County weights by GB/T 2260 code (others weigh 10).
    private static let countyWeights = [
        "152201": 30, "152202": 8, "152221": 18, "152222": 14, "152223": 16, "152224": 14,
    ]

    /// Kind weights: traders outnumber producers in 兴安盟.
    private static let kindWeights: [(EnterpriseKind, Int)] = [
        (.production, 12), (.storage, 8), (.tradingWithStorage, 32), (.tradingWithoutStorage, 48),
    ]

    /// `count` enterprises over `counties` for `seed`; every tenth one with major hazard installations gets
    /// units whose levels come from `calculator` (GB 18218-2018).
    static func make(
        count: Int, seed: UInt64, counties: [Region], prefecture: String, calculator: MajorHazardCalculator?
    ) -> [DemoEnterprise] {
        let weights = counties.map { ($0, countyWeights[$0.code] ?? 10) }
        var names: Set<String> = []
        var result: [DemoEnterprise] = []
        result.reserveCapacity(count)
        for index in 0..<count {
            var random = DemoCampaignRandom(seed: seed, stream: 1, index: index)
            let county = random.weighted(weights)
            // The first enterprises cycle through the kinds so that small runs have every kind.
            let kind = index < 4 ? EnterpriseKind.allCases[index] : random.weighted(kindWeights)
            let name = uniqueName(kind: kind, county: county, prefecture: prefecture, names: &names, &random)
            var enterprise = DemoEnterprise(
                index: index,
                record: Enterprise(
                    creditCode: DemoCampaignCreditCode.make(county: county.code, index: index, seed: seed), name: name,
                    countyCode: county.code, kind: kind),
                county: county, onSiteDays: onSiteDays(kind, &random))
            fillProfile(&enterprise, &random)
            if let calculator, !enterprise.record.majorHazardLevels.isEmpty, index % 10 == 0 {
                enterprise.units = DemoCampaignHazardUnits.units(for: enterprise.record, &random)
                if let assessment = try? calculator.assess(enterprise.units) {
                    enterprise.record.majorHazardLevels = assessment.levelNumbers
                } else {
                    enterprise.units = []
                }
            }
            result.append(enterprise)
        }
        return result
    }

    private static func onSiteDays(_ kind: EnterpriseKind, _ random: inout DemoCampaignRandom) -> Int {
        switch kind {
        case .production: random.int(in: 2...3)
        case .storage: 2
        case .tradingWithStorage: random.int(in: 1...2)
        case .tradingWithoutStorage: 1
        }
    }

    private static func uniqueName(
        kind: EnterpriseKind, county: Region, prefecture: String, names: inout Set<String>,
        _ random: inout DemoCampaignRandom
    ) -> String {
        for attempt in 0..<12 {
            let prefix = random.weighted([(county.name, 60), (prefecture, 25), ("内蒙古", 15)])
            var trade =
                String(random.pick(DemoCampaignNames.tradeFirst))
                + String(random.pick(DemoCampaignNames.tradeSecond))
            if attempt >= 6 { trade = String(random.pick(DemoCampaignNames.tradeFirst)) + trade }
            let name =
                prefix + trade + random.pick(DemoCampaignNames.industry(kind))
                + random.weighted(DemoCampaignNames.companyForms)
            if names.insert(name).inserted { return name }
        }
        let name = "\(county.name)第\(names.count + 1)\(random.pick(DemoCampaignNames.industry(kind)))有限公司"
        names.insert(name)
        return name
    }

    /// Address, principal, licence, park, processes, chemicals, standardisation, major hazards and status.
    private static func fillProfile(_ enterprise: inout DemoEnterprise, _ random: inout DemoCampaignRandom) {
        let kind = enterprise.record.kind
        var e = enterprise.record
        let places = DemoCampaignNames.places(county: enterprise.county)
        let parkShare = [
            EnterpriseKind.production: 70.0, .storage: 40, .tradingWithStorage: 15, .tradingWithoutStorage: 5,
        ]
        e.inChemicalPark = random.chance(parkShare[kind]!)
        let place = e.inChemicalPark ? places.park : random.pick(places.towns)
        e.address =
            "\(enterprise.county.name)\(place)\(random.pick(DemoCampaignNames.roads))\(random.int(in: 1...199))号"
        e.principal = DemoCampaignNames.person(&random)
        e.contactPhone = random.chance(50) ? DemoCampaignNames.landline(&random) : DemoCampaignNames.mobile(&random)
        let issued = random.int(in: 2016...2019)
        let serial = String(1_000_000 + random.int(below: 1_000_000)).dropFirst()
        e.licenceNumber =
            kind == .production ? "(蒙)WH安许证字[\(issued)]\(serial)" : "蒙兴危化经字[\(issued)]\(serial)"
        // Licences run three years; a few have already lapsed or lapse during the campaign.
        e.licenceExpiry = LocalDate(year: issued + 3, month: random.int(in: 1...12), day: random.int(in: 1...28))
        let chemicalCount: Int
        switch kind {
        case .production: chemicalCount = random.int(in: 1...4)
        case .storage: chemicalCount = random.int(in: 1...3)
        case .tradingWithStorage: chemicalCount = random.int(in: 1...2)
        case .tradingWithoutStorage: chemicalCount = random.int(in: 0...3)
        }
        e.keyChemicals = random.sample(DemoCampaignNames.keyChemicals(kind), count: chemicalCount)
        let products = kind == .tradingWithoutStorage ? ["硫酸", "盐酸", "氢氧化钠"] : ["柴油", "硫酸"]
        e.licenceScope = (e.keyChemicals + random.sample(products, count: random.int(in: 0...2))).joined(separator: "、")
        if e.licenceScope.isEmpty { e.licenceScope = "盐酸、硫酸、氢氧化钠（不带储存）" }
        if kind == .production, random.chance(65) {
            e.hazardousProcesses = random.sample(DemoCampaignNames.processes, count: random.int(in: 1...2))
        }
        e.standardisationLevel = standardisation(kind, &random)
        e.majorHazardLevels = majorHazardLevels(kind, &random)
        e.operatingStatus = random.weighted([(OperatingStatus.operating, 92), (.suspended, 6), (.closed, 2)])
        enterprise.record = e
    }

    private static func standardisation(_ kind: EnterpriseKind, _ random: inout DemoCampaignRandom) -> Int? {
        switch kind {
        case .production: random.weighted([(3, 65), (2, 25), (1, 2), (0, 8)]).nonZero
        case .storage: random.weighted([(3, 70), (2, 10), (0, 20)]).nonZero
        case .tradingWithStorage: random.weighted([(3, 50), (0, 50)]).nonZero
        case .tradingWithoutStorage: random.weighted([(3, 15), (0, 85)]).nonZero
        }
    }

    private static func majorHazardLevels(_ kind: EnterpriseKind, _ random: inout DemoCampaignRandom) -> [Int] {
        let share = [EnterpriseKind.production: 55.0, .storage: 50, .tradingWithStorage: 15, .tradingWithoutStorage: 0]
        guard random.chance(share[kind]!) else { return [] }
        let level: [(Int, Int)] =
            kind == .tradingWithStorage ? [(3, 30), (4, 70)] : [(1, 5), (2, 20), (3, 45), (4, 30)]
        let count = kind == .production && random.chance(30) ? 2 : 1
        return (0..<count).map { _ in random.weighted(level) }.sorted()
    }
}

extension Int {
    /// The value, or nil for 0.
    fileprivate var nonZero: Int? { self == 0 ? nil : self }
}
