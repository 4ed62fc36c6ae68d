import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem enterprise list`: the enterprises, tab-separated, optionally filtered.
struct EnterpriseListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "列出企业（制表符分隔）")

    @OptionGroup var store: StoreOptions
    @Option(help: "只列出此旗县市（名称或代码）") var county: String?
    @Option(help: "只列出此类型：生产、储存、经营(带储存)、经营(不带储存)") var kind: String?
    @Option(help: "只列出此经营状态：在产、停产、关闭") var status: String?
    @Option(help: "名称或统一社会信用代码包含此文字") var search: String?

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let database = try store.open()
            let regions = try database.regionDirectory()
            var filter = EnterpriseFilter(search: search)
            if let county {
                guard let region = regions.county(county) else {
                    throw StoreCLI.invalid("--county", regions.unknownCountyMessage(county))
                }
                filter.countyCode = region.code
            }
            if let kind {
                guard let value = EnterpriseKind(label: kind) else {
                    throw StoreCLI.invalid("--kind", "未知的企业类型“\(kind)”")
                }
                filter.kind = value
            }
            if let status {
                guard let value = OperatingStatus(label: status) else {
                    throw StoreCLI.invalid("--status", "未知的经营状态“\(status)”")
                }
                filter.status = value
            }
            let enterprises = try database.enterprises(filter)
            let due = try database.nextAssessments()
            print(
                ["统一社会信用代码", "企业名称", "旗县市", "企业类型", "经营状态", "重大危险源", "下次评估到期日"].joined(
                    separator: "\t"))
            for e in enterprises {
                let countyName = regions.county(code: e.countyCode)?.name ?? e.countyCode
                let hazards = e.fieldTexts[.majorHazardLevels] ?? ""
                print(
                    [
                        e.creditCode.value, e.name, countyName, e.kind.label, e.operatingStatus.label,
                        hazards.isEmpty ? "无" : hazards, (e.id.flatMap { due[$0] } ?? .never).label,
                    ]
                    .joined(separator: "\t"))
            }
            StoreCLI.printError("共\(enterprises.count)家企业")
        }
    }
}
