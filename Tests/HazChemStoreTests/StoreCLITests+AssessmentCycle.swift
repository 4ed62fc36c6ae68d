import Foundation
import HazChemTestSupport
import Testing

extension StoreCLITests {
    @Test("the self-reactive flag and the next assessment due through add, show, list and --cycle-years")
    func selfReactiveAndCycle() throws {
        let code = StoreFixtures.creditCode(5)
        let added = try run([
            "enterprise", "add", "--credit-code", code, "--name", "兴安环氧化工有限公司", "--county", "乌兰浩特市", "--kind", "生产",
            "--self-reactive", "是",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        let show = try run(["enterprise", "show", code])
        #expect(show.stdout.contains("涉及自身反应性化学品装置：是（由省级应急管理部门评估）\n"))
        #expect(show.stdout.contains("下次评估到期日：未评估，应即评估（评估周期3年）\n"))
        #expect(try run(["enterprise", "show", code, "--cycle-years", "5"]).stdout.contains("（评估周期5年）"))
        let list = try run(["enterprise", "list"])
        #expect(list.stdout.contains("兴安环氧化工有限公司\t乌兰浩特市\t生产\t在产\t无\t未评估，应即评估\n"))
        let bad = try run(["enterprise", "list", "--cycle-years", "0"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--cycle-years") && bad.stderr.contains("重新评估周期应为1至10的整数（年），实际为“0”"))
        let refused = try run(["enterprise", "update", code, "--self-reactive", "也许"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("涉及自身反应性化学品装置"))
        #expect(try run(["enterprise", "update", code, "--self-reactive", "否"]).status == 0)
        #expect(try run(["enterprise", "show", code]).stdout.contains("涉及自身反应性化学品装置：否\n"))
    }
}
