import ArgumentParser
import HazChemCore
import HazChemStore

/// `hazchem assessment verify CODE`: checks a report's verification code (报告校验码).
struct AssessmentVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "核验评估报告上的报告校验码：打印企业、评估编号、版本和签署日期，并检查存档内容是否与签署时一致",
        discussion: "校验码不区分大小写，空格和短横线可省略。一致时退出码为0；校验码不存在或内容已不一致时退出码为2。"
    )

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "报告校验码（如 1A2B-3C4D-5E6F-7A8B-9C0D）") var code: String

    func run() throws {
        var altered = false
        try StoreCLI.run { () throws(StoreError) in
            let store = try database.open(actor: StoreOptions.actor(nil))
            let check = try store.verifySeal(code: code)
            let seal = check.seal
            let signed = check.signedDate.map(\.description) ?? seal.content.signedDate ?? "—"
            print("报告校验码：\(seal.code)")
            print("企业：\(seal.content.enterprise.name)（\(seal.content.enterprise.creditCode)）")
            print("评估：编号 \(seal.assessmentID)，第 \(check.version) 版，签署日期 \(signed)")
            if check.matches {
                print("核验结果：一致——数据库中的评估内容与签署时相同")
            } else {
                altered = true
                StoreCLI.printError("核验结果：不一致——数据库中的评估内容与签署时不同，报告可能被改动，请联系系统管理员核查")
            }
        }
        if altered { throw ExitCode(2) }
    }
}
