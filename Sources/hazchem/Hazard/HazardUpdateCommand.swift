import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem hazard update ID --status … [--measure …]`: rectification progress and particulars.
struct HazardUpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "update", abstract: "更新隐患整改状态或整改信息")

    @OptionGroup var store: StoreOptions
    @Argument(help: "隐患编号") var id: Int64
    @Option(help: "新状态：整改中、已整改（验收请用 hazard verify）") var status: String?
    @Option(help: "状态变更日期（已整改时为整改完成日期，默认今天）") var date: String?
    @Option(help: "整改措施") var measure: String?
    @Option(help: "整改期限（YYYY-MM-DD）") var deadline: String?
    @Option(help: "整改责任人") var responsible: String?
    @Option(help: "隐患部位") var location: String?

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            var update = HazardUpdate(
                date: try AssessmentCLI.date(date, option: "--date"), measure: measure,
                deadline: try AssessmentCLI.date(deadline, option: "--deadline"), responsiblePerson: responsible,
                location: location)
            if let status { update.status = try AssessmentCLI.hazardStatus(status, option: "--status") }
            if update.status == nil, !update.changesParticulars {
                throw StoreCLI.invalid("--status", "请给出新状态或要修改的整改信息")
            }
            let hazard = try store.open().updateHazard(id: id, update, actor: store.actor)
            print(
                "隐患 #\(id)：\(hazard.status.label)，期限\(hazard.deadline?.description ?? "—")，责任人\(hazard.responsiblePerson)"
            )
        }
    }
}
