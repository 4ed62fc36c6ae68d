import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem panel show ID`: a panel's enterprise, dates and people.
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
            print("被评估企业：\(detail.enterprise.name)（\(detail.enterprise.creditCode)）")
            print("现场评估：\(detail.panel.onSiteStart)至\(detail.panel.onSiteEnd)")
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
        }
    }
}
