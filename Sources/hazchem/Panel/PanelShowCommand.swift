import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem panel show ID`: a panel's region, people, visits and member changes.
struct PanelShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "查看专家组")

    @OptionGroup var store: StoreOptions
    @Argument(help: "专家组编号") var id: Int64

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            let database = try store.open()
            guard let detail = try database.panelDetail(id: id) else {
                throw StoreError(.notFound, entity: "专家组 \(id)", message: "专家组不存在")
            }
            print("专家组：\(detail.panel.name)（编号\(id)）")
            print("所属地区：\(detail.region?.name ?? detail.panel.regionCode)")
            print(["角色", "编号", "姓名", "负责专业", "职称", "工作单位"].joined(separator: "\t"))
            for seat in detail.seats {
                let e = seat.expert
                print(
                    [
                        seat.member.role.label, String(e.id!), e.name, seat.member.specialty.label, e.title,
                        e.organisation,
                    ]
                    .joined(separator: "\t"))
            }
            print("现场评估安排：\(detail.visits.isEmpty ? "无" : "")")
            for line in detail.visits {
                let assessment =
                    line.latestAssessmentID.map { "评估 \($0)（\(line.assessmentStatus?.label ?? "")）" } ?? "未创建评估"
                print(
                    "  编号\(line.visit.id!)\t\(line.enterprise.name)（\(line.enterprise.creditCode)）\t"
                        + "\(line.visit.onSiteStart)至\(line.visit.onSiteEnd)\t\(assessment)")
            }
            for line in detail.changes {
                let c = line.change
                let who = line.replacement.map { "\(line.expert.name) → \($0.name)" } ?? line.expert.name
                let visit = c.visitID.map { "（现场评估安排\($0)）" } ?? ""
                print("\(c.kind.label)：\(who)\(visit)，\(c.effectiveDate)，原因：\(c.reason)（\(c.recordedBy)登记）")
            }
        }
    }
}
