import ArgumentParser
import Foundation
import HazChemStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a new password from standard input (`--password-stdin`) or from the terminal without echo,
/// never from the command line, where other users could see it in the process list.
struct PasswordInput: ParsableArguments {
    @Flag(help: "从标准输入读取密码（一行），用于脚本；否则在终端中提示输入两次")
    var passwordStdin = false

    /// The password: the first line of stdin, or typed twice at the terminal.
    func read() throws(StoreError) -> String {
        if passwordStdin {
            guard let line = Swift.readLine(strippingNewline: true) else {
                throw StoreCLI.invalid("--password-stdin", "标准输入中没有密码")
            }
            return line
        }
        guard isatty(0) == 1 else {
            throw StoreCLI.invalid("密码", "标准输入不是终端：请加 --password-stdin 并从标准输入提供密码")
        }
        let first = Self.prompt("请输入密码：")
        let second = Self.prompt("请再次输入密码：")
        guard first == second else { throw StoreCLI.invalid("密码", "两次输入的密码不一致") }
        return first
    }

    /// Prints `text` on stderr and reads a line from the terminal with echo turned off.
    private static func prompt(_ text: String) -> String {
        FileHandle.standardError.write(Data(text.utf8))
        var saved = termios()
        tcgetattr(0, &saved)
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(0, TCSANOW, &silent)
        defer {
            tcsetattr(0, TCSANOW, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return Swift.readLine(strippingNewline: true) ?? ""
    }
}
