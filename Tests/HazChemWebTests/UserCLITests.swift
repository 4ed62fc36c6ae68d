import Foundation
import HazChemTestSupport
import Testing

/// `hazchem user …` end to end through the built binary.
@Suite("user command")
struct UserCLITests {
    /// Runs the binary with `arguments` and `input` on stdin; returns exit status, stdout and stderr.
    func run(_ arguments: [String], input: String = "", in folder: URL) throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = RepositoryPaths.hazchemBinary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["HAZCHEM_USER"] = "测试员"
        environment["HAZCHEM_REGIONS"] = RepositoryPaths.root.appendingPathComponent("Config/regions.yaml").path
        process.environment = environment
        let (stdin, stdout, stderr) = (Pipe(), Pipe(), Pipe())
        (process.standardInput, process.standardOutput, process.standardError) = (stdin, stdout, stderr)
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let err = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, out, err)
    }

    @Test func addListDisableAndChangePassword() throws {
        let folder = try RepositoryPaths.temporaryDirectory()
        let db = ["--db", folder.appendingPathComponent("t.sqlite").path]
        let added = try run(
            [
                "user", "add", "--username", "wlht", "--role", "旗县市应急管理局", "--county", "乌兰浩特市", "--display-name",
                "乌市用户",
                "--password-stdin",
            ] + db, input: WebFixtures.password + "\n", in: folder)
        #expect(added.0 == 0, "\(added.2)")
        #expect(added.1 == "已新增用户：wlht（乌市用户，旗县市应急管理局）\n")
        let list = try run(["user", "list"] + db, in: folder)
        #expect(list.1 == "用户名\t姓名\t角色\t旗县市\t关联专家\t状态\nwlht\t乌市用户\t旗县市应急管理局\t乌兰浩特市\t\t正常\n")
        let noTerminal = try run(["user", "passwd", "--username", "wlht"] + db, in: folder)
        #expect(noTerminal.0 == 2)
        #expect(noTerminal.2.contains("请加 --password-stdin"))
        let weak = try run(
            ["user", "passwd", "--username", "wlht", "--password-stdin"] + db, input: "abc\n", in: folder)
        #expect(weak.0 == 2)
        #expect(weak.2 == "字段“密码”：密码至少需要10个字符\n")
        let common = try run(
            ["user", "passwd", "--username", "wlht", "--password-stdin"] + db, input: "admin123456\n", in: folder)
        #expect(common.0 == 2)
        #expect(common.2 == "字段“密码”：密码过于常见，容易被猜中，请换一个\n")
        let named = try run(
            ["user", "add", "--username", "zhao6", "--role", "盟市应急管理局", "--password-stdin"] + db,
            input: "Zhao6-password\n", in: folder)
        #expect(named.0 == 2)
        #expect(named.2.contains("密码不能包含用户名"))
        #expect(try run(["user", "disable", "--username", "wlht"] + db, in: folder).1 == "已停用用户：wlht\n")
        let badRole = try run(
            ["user", "add", "--username", "x1", "--role", "boss", "--password-stdin"] + db,
            input: WebFixtures.password + "\n",
            in: folder)
        #expect(badRole.0 == 2)
        #expect(badRole.2.hasPrefix("字段“--role”：未知的角色“boss”"))
    }
}
