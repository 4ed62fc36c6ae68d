import Foundation
import HazChemCore
import HazChemStore

/// A deterministic, realistic 兴安盟-style campaign written into an empty database (`hazchem demo`).
///
/// Enterprises of every kind over the configured counties, experts in standing county teams, one panel per
/// on-site visit between ``firstDay`` and ``lastDay``, assessments in every lifecycle state as of ``asOf``
/// with responses to every checklist item, pre-filled and confirmed answers scored by the real grading
/// engine, spot checks, signatures, hazards in every rectification state, dispositions, corrections, late
/// reports, county monthly submissions and web users. Everything is drawn from the seed (no clock, no
/// system randomness), so the same seed and size give the same rows. See docs/demo.md.
package struct DemoCampaign {
    /// The first day visits may start (Monday 2019-06-03).
    static let firstDay = DemoCampaignCalendar.day(2019, 6, 3)
    /// The last day of scheduled visits (Friday 2019-12-13); visits after ``asOf`` are still planned.
    static let lastDay = DemoCampaignCalendar.day(2019, 12, 13)
    /// The day the generated campaign stands at: statuses, lateness and overdue hazards are as of this day.
    package static let asOf = LocalDate(year: 2019, month: 12, day: 6)!
    /// The password of every demo web user (documented in docs/demo.md; hashed with the caller's hasher).
    package static let password = "hazchem-demo"
    /// The months whose county reports the demo records (2019-06 … 2019-11).
    static let months = (6...11).map { MonthlyPeriod(year: 2019, month: $0)! }

    let options: DemoCampaignOptions
    let tables: [EnterpriseKind: DemoChecklistIndex]
    let calculator: MajorHazardCalculator?

    /// Writes the campaign through `writer` (an open bulk-write transaction); returns its key figures.
    func run(_ writer: CampaignBulkWriter) throws -> DemoCampaignSummary {
        let asOf = DemoCampaignCalendar.day(Self.asOf)
        var summary = DemoCampaignSummary(seed: options.seed, asOf: Self.asOf)
        try writer.requireEmptyCampaign()
        let regions = try writer.regions()
        let counties = regions.filter { $0.level == .county }
        guard !counties.isEmpty else {
            throw StoreError(.invalidInput, message: "数据库中没有旗县市：请先配置行政区划（Config/regions.yaml）")
        }
        let prefecture = regions.first { $0.level == .prefecture }?.name ?? "兴安盟"
        var seen: Set<String> = []
        for index in tables.values.sorted(by: { $0.tables.checklist.header.id < $1.tables.checklist.header.id })
        where seen.insert(index.tables.checklistSource.hash).inserted {
            try writer.registerChecklist(
                index.tables, specialties: index.entries.map { ($0.item.id, $0.specialty) },
                snapshotAt: DemoCampaignCalendar.moment(Self.firstDay - 14, minutes: 540))
        }

        var enterprises = DemoCampaignEnterprises.make(
            count: options.enterprises, seed: options.seed, counties: counties, prefecture: prefecture,
            calculator: calculator)
        try storeEnterprises(&enterprises, writer: writer, regions: RegionDirectory(regions), summary: &summary)

        let panels = DemoCampaignPanels(
            enterprises: enterprises, counties: counties, seed: options.seed,
            workingDays: DemoCampaignCalendar.workingDays(from: Self.firstDay, through: Self.lastDay))
        var experts = panels.experts
        for index in experts.indices {
            experts[index].createdAt = DemoCampaignCalendar.moment(Self.firstDay - 20, minutes: 540 + index % 480)
            experts[index].updatedAt = experts[index].createdAt
            experts[index] = try writer.insertExpert(experts[index])
        }
        summary.experts = experts.count
        summary.regulators = experts.filter { $0.source == "应急管理局" }.count
        report(.panels, experts.count, experts.count)

        var run = DemoCampaignRun(
            campaign: self, asOf: asOf, enterprises: enterprises, panels: panels, experts: experts, writer: writer)
        try run.assessAll(summary: &summary)
        report(.finishing, 0, 1)
        try recordSubmissions(writer, counties: counties, asOf: asOf, summary: &summary)
        try addUsers(
            writer, counties: counties, prefecture: prefecture, panels: panels, experts: experts, summary: &summary)
        return summary
    }

    /// Reports progress to the caller, if it asked.
    func report(_ phase: DemoCampaignPhase, _ done: Int, _ total: Int) {
        options.progress?(DemoCampaignProgress(phase: phase, done: done, total: total))
    }

    /// Stores the enterprises (and the units of the GB 18218 sample), setting their ids.
    private func storeEnterprises(
        _ enterprises: inout [DemoEnterprise], writer: CampaignBulkWriter, regions: RegionDirectory,
        summary: inout DemoCampaignSummary
    ) throws {
        let step = max(1, enterprises.count / 50)
        var codes = ""
        for i in enterprises.indices {
            let e = enterprises[i]
            let problems = e.record.problems(regions: regions)
            if !problems.isEmpty {
                throw StoreError(.database, message: "演示数据生成错误（企业）：\(problems.map(\.message).joined(separator: "；"))")
            }
            let created = DemoCampaignCalendar.moment(Self.firstDay - 30 + i % 20, minutes: 540 + i % 480)
            let id = try writer.insertEnterprise(e.record, at: created)
            enterprises[i].record.id = id
            try writer.insertHazardUnits(
                e.units, enterpriseID: id, at: DemoCampaignCalendar.moment(Self.firstDay - 10, minutes: 600))
            summary.enterprisesByKind[e.record.kind.rawValue, default: 0] += 1
            summary.enterprisesByCounty[e.county.code, default: 0] += 1
            if !e.units.isEmpty { summary.enterprisesWithUnits += 1 }
            codes += e.record.creditCode.value + "\n"
            if (i + 1) % step == 0 || i + 1 == enterprises.count { report(.enterprises, i + 1, enterprises.count) }
        }
        summary.enterprises = enterprises.count
        summary.enterpriseCodesHash = SHA256.hex(codes)
    }
}
