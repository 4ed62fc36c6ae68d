import ArgumentParser
import HazChemStore
import HazChemWeb

/// `hazchem user add`: creates a web user.
struct UserAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "新增网页用户",
        discussion:
            "角色：系统管理员(administrator)、盟市应急管理局(prefecture)、旗县市应急管理局(county，须 --county)、专家(expert) 或安全监管人员(regulator)（须 --expert-id）。"
    )

    @OptionGroup var store: StoreOptions
    @Option(help: "登录用户名（2–32个英文字母、数字或 . _ -）") var username: String
    @Option(help: "角色") var role: String
    @Option(help: "旗县市（名称、简称或代码），仅旗县市应急管理局用户") var county: String?
    @Option(help: "专家库中的编号，仅专家和安全监管人员用户") var expertId: Int64?
    @Option(help: "姓名（默认同用户名）") var displayName = ""
    @OptionGroup var password: PasswordInput

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            guard let role = UserRole(label: role) else {
                let labels = UserRole.allCases.map { "\($0.label)(\($0.rawValue))" }.joined(separator: "、")
                throw StoreCLI.invalid("--role", "未知的角色“\(self.role)”（应为：\(labels)）")
            }
            let database = try store.open()
            var countyCode: String?
            if let county {
                let regions = try database.regionDirectory()
                guard let region = regions.county(county) else {
                    throw StoreCLI.invalid("--county", regions.unknownCountyMessage(county))
                }
                countyCode = region.code
            }
            let user = AppUser(
                username: username, displayName: displayName, role: role, countyCode: countyCode, expertID: expertId)
            let stored = try database.addUser(
                user, password: try password.read(), hasher: BcryptHasher(), actor: store.actor)
            print("已新增用户：\(stored.username)（\(stored.displayName)，\(stored.role.label)）")
        }
    }
}
