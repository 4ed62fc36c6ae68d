import Foundation
import HazChemCore
import HazChemStore

/// A standing expert team of a county (评估专家组): it assesses one enterprise after another, each visit
/// stored as its own panel with the same people.
struct DemoTeam: Sendable {
    /// The county whose enterprises it assesses.
    var county: Region
    /// 乌兰浩特市第一评估专家组.
    var name: String
    /// Indexes into the expert list, with the role and specialty held on the team; the leader first.
    var seats: [(expert: Int, role: PanelRole, specialty: Specialty)]
}

/// One on-site visit: a team at an enterprise from `start` to `end` (day numbers).
struct DemoVisit: Sendable {
    /// Index into the enterprise list.
    var enterprise: Int
    /// Index into the team list.
    var team: Int
    /// First on-site day.
    var start: Int
    /// Last on-site day.
    var end: Int
}

/// Experts, teams and the visit schedule of the demo campaign.
///
/// Each county gets enough teams (at least two) for its enterprises to be visited once between
/// ``DemoCampaign/firstDay`` and ``DemoCampaign/lastDay`` on working days, each team's visits back to back
/// in random order with random gaps, so no expert is ever on two panels whose dates overlap.
struct DemoCampaignPanels: Sendable {
    /// Every expert and regulator, with no id yet.
    var experts: [Expert] = []
    /// The teams.
    var teams: [DemoTeam] = []
    /// The visits, by start day.
    var visits: [DemoVisit] = []
    /// For each visit, the position of the same team's visit before it.
    var previous: [Int?] = []

    /// Forms teams and schedules the visits of `enterprises` (those closed before the campaign and about one
    /// in fifty new ones are not visited).
    init(enterprises: [DemoEnterprise], counties: [Region], seed: UInt64, workingDays: [Int]) {
        var random = DemoCampaignRandom(seed: seed, stream: 2)
        var names: Set<String> = []
        let capacity = workingDays.count * 9 / 10
        for county in counties {
            let visited = random.shuffled(
                enterprises.filter { $0.county.code == county.code && $0.record.operatingStatus != .closed }
                    .filter { _ in !random.chance(2) })
            let load = visited.reduce(0) { $0 + $1.onSiteDays + 1 }
            let teamCount = max(2, (load + capacity - 1) / capacity)
            var queues: [[DemoEnterprise]] = Array(repeating: [], count: teamCount)
            var loads = Array(repeating: 0, count: teamCount)
            for enterprise in visited {
                let team = loads.indices.min { loads[$0] < loads[$1] }!
                queues[team].append(enterprise)
                loads[team] += enterprise.onSiteDays + 1
            }
            for (number, queue) in queues.enumerated() {
                let team = teams.count
                teams.append(formTeam(county: county, number: number + 1, names: &names, &random))
                schedule(queue, team: team, load: loads[number], workingDays: workingDays, &random)
            }
        }
        addSpareExperts(count: max(8, experts.count / 10), names: &names, &random)
        visits.sort { ($0.start, $0.team) < ($1.start, $1.team) }
        var last: [Int: Int] = [:]
        for (position, visit) in visits.enumerated() {
            previous.append(last[visit.team])
            last[visit.team] = position
        }
    }

    /// A team of five or six experts covering the required specialties, and one or two regulators.
    private mutating func formTeam(
        county: Region, number: Int, names: inout Set<String>, _ random: inout DemoCampaignRandom
    ) -> DemoTeam {
        var seats: [(Int, PanelRole, Specialty)] = []
        var specialties: [Specialty] = [
            .safetyManagement, .chemicalDesign, .electricalInstrumentation, .emergencyRescue,
        ]
        if random.chance(60) { specialties.append(.equipment) }
        if random.chance(20) { specialties.append(.safetyManagement) }
        for (position, specialty) in specialties.enumerated() {
            seats.append((addExpert(specialty, names: &names, &random), position == 0 ? .leader : .member, specialty))
        }
        for _ in 0..<(random.chance(15) ? 2 : 1) {
            seats.append((addRegulator(county, names: &names, &random), .regulator, .safetyManagement))
        }
        return DemoTeam(county: county, name: "\(county.name)第\(DemoCampaignNames.numeral(number))评估专家组", seats: seats)
    }

    /// Lays a team's visits over the working days, back to back with random gaps that use up the slack.
    private mutating func schedule(
        _ queue: [DemoEnterprise], team: Int, load: Int, workingDays: [Int], _ random: inout DemoCampaignRandom
    ) {
        var slack = max(0, workingDays.count - load)
        var next = 0
        for (position, enterprise) in queue.enumerated() {
            let remaining = queue.count - position
            let gap = min(slack, random.int(below: 2 * slack / remaining + 1))
            slack -= gap
            let first = next + gap
            let last = first + enterprise.onSiteDays - 1
            guard last < workingDays.count else { continue }  // no room left: not visited this campaign
            visits.append(
                DemoVisit(enterprise: enterprise.index, team: team, start: workingDays[first], end: workingDays[last]))
            next = last + 2
        }
    }

    private mutating func uniqueName(_ names: inout Set<String>, _ random: inout DemoCampaignRandom) -> String {
        while true {
            let name = DemoCampaignNames.person(&random)
            if names.insert(name).inserted { return name }
        }
    }

    private mutating func addExpert(
        _ specialty: Specialty, names: inout Set<String>, _ random: inout DemoCampaignRandom
    ) -> Int {
        let organisations: [Specialty: [String]] = [
            .safetyManagement: ["兴安盟应急管理专家库", "内蒙古安全生产技术服务中心", "兴安盟安全生产协会"],
            .chemicalDesign: ["内蒙古化工设计院", "兴安职业技术学院", "吉林化工设计研究院"],
            .equipment: ["兴安盟特种设备检验所", "内蒙古特种设备检验研究院兴安分院"],
            .electricalInstrumentation: ["国网兴安供电公司", "兴安盟电力设计院", "内蒙古自动化仪表研究所"],
            .emergencyRescue: ["兴安盟消防救援支队", "兴安盟矿山救护队", "兴安盟应急救援中心"],
        ]
        experts.append(
            Expert(
                name: uniqueName(&names, &random), organisation: random.pick(organisations[specialty]!),
                specialty: specialty, title: random.pick(["高级工程师", "高级工程师", "正高级工程师", "工程师", "注册安全工程师"]),
                source: random.chance(75) ? "兴安盟专家库" : "自治区专家库", phone: DemoCampaignNames.mobile(&random)))
        return experts.count - 1
    }

    private mutating func addRegulator(
        _ county: Region, names: inout Set<String>, _ random: inout DemoCampaignRandom
    ) -> Int {
        experts.append(
            Expert(
                name: uniqueName(&names, &random), organisation: "\(county.name)应急管理局",
                specialty: .safetyManagement, title: random.pick(["安全生产监督管理科科长", "执法大队队员", "危化品监管股股长"]),
                source: "应急管理局", phone: DemoCampaignNames.landline(&random)))
        return experts.count - 1
    }

    /// Experts in the library who sit on no team this campaign.
    private mutating func addSpareExperts(
        count: Int, names: inout Set<String>, _ random: inout DemoCampaignRandom
    ) {
        for _ in 0..<count { _ = addExpert(random.pick(Specialty.allCases), names: &names, &random) }
    }
}
