import ArgumentParser
import Foundation
import HazChemCore
import HazChemStore
import HazChemTables
import HazChemWeb

/// `hazchem serve`: runs the web application on the campaign database.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "启动网页服务（默认只在本机 127.0.0.1:8080 监听）",
        discussion: """
            网页与命令行使用同一个数据库；用户用 hazchem user add 创建。网页模板默认在 ./Templates
            （或环境变量 HAZCHEM_TEMPLATES、程序所在检出目录中的 Templates/）。
            在其他地址上监听时，Cookie 默认只通过 HTTPS 发送；如确需在内网用 HTTP，请加 --insecure-cookies。
            置于本机 HTTPS 反向代理之后时加 --secure-cookies（Cookie 只通过 HTTPS 发送）；--trust-proxy 地址 表示信任
            该代理发来的 X-Forwarded-For（登录限速与审计记录按真实客户端地址）和 X-Forwarded-Proto: https。
            --dev-login-token 仅供浏览器自动测试：打开 /dev-login?token=令牌&user=用户名 即以该用户登录，只允许在回环地址上使用。
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var tables: TableOptions
    @Option(help: "监听地址") var host = "127.0.0.1"
    @Option(help: "端口") var port = 8080
    @Option(help: ArgumentHelp("网页模板目录", valueName: "DIR")) var templates: String?
    @Flag(help: "Cookie 不加 Secure 标记（在非本机地址上用纯 HTTP 时）") var insecureCookies = false
    @Flag(help: "Cookie 一律加 Secure 标记（经 HTTPS 反向代理访问时）") var secureCookies = false
    @Option(help: ArgumentHelp("信任此反向代理地址发来的 X-Forwarded-For / X-Forwarded-Proto（可重复）", valueName: "ADDRESS"))
    var trustProxy: [String] = []
    @Option(help: ArgumentHelp("会话自登录起的最长有效期（小时，默认12）", valueName: "HOURS"))
    var sessionMaxHours: Double?
    @Option(help: ArgumentHelp("浏览器测试用的登录令牌（至少16个字符，仅限回环地址）", valueName: "TOKEN"))
    var devLoginToken: String?

    func run() async throws {
        var opened: AppDatabase?
        try StoreCLI.run { () throws(StoreError) in opened = try database.open(actor: StoreOptions.actor(nil)) }
        let catalog = try tables.catalog()
        var configuration: WebConfiguration
        do {
            configuration = WebConfiguration(
                templatesDirectory: try WebConfiguration.locateTemplates(
                    explicit: templates, environment: ProcessInfo.processInfo.environment,
                    currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                    executable: Bundle.main.executableURL),
                host: host, port: port)
        } catch {
            StoreCLI.printError(error.description)
            throw ExitCode(2)
        }
        configuration.devLoginToken = devLoginToken
        if insecureCookies && secureCookies {
            StoreCLI.printError("--secure-cookies 与 --insecure-cookies 不能同时使用")
            throw ExitCode(64)
        }
        configuration.tablesDirectory = try? tables.directory()
        if insecureCookies { configuration.secureCookies = false }
        if secureCookies { configuration.secureCookies = true }
        configuration.trustedProxies = Set(trustProxy)
        if let hours = sessionMaxHours {
            guard hours.isFinite, hours > 0, hours <= 24 * 30 else {
                StoreCLI.printError("--session-max-hours 应为大于0、不超过720的小时数：\(hours)")
                throw ExitCode(64)
            }
            configuration.sessionAbsoluteLimit = hours * 3600
            configuration.sessionLifetime = min(configuration.sessionLifetime, configuration.sessionAbsoluteLimit)
        }
        if !WebConfiguration.isLoopback(host) {
            StoreCLI.printError("注意：正在 \(host) 上监听，本服务不提供 HTTPS，请置于 HTTPS 反向代理之后。")
        }
        let address = "http://\(host):\(port)/"
        do {
            try await runWebServer(database: opened!, tables: catalog, configuration: configuration) {
                FileHandle.standardOutput.write(Data("HazChem 网页服务已启动：\(address) （按 Ctrl+C 停止）\n".utf8))
            }
        } catch let error as WebError {
            StoreCLI.printError(error.description)
            throw ExitCode(2)
        } catch {
            DebugLog.write("serve", "\(error)")
            let text = "\(error)"
            if text.contains("Address already in use") || text.contains("EADDRINUSE") {
                StoreCLI.printError("端口 \(port) 已被占用（\(host)）：请先停止占用该端口的程序，或用 --port 指定其他端口")
                throw ExitCode(2)
            }
            if text.contains("Permission denied") || text.contains("EACCES") {
                StoreCLI.printError("无权监听端口 \(port)：1024 以下的端口需要管理员权限，请用 --port 指定其他端口（如 8080）")
                throw ExitCode(2)
            }
            if text.contains("Cannot assign requested address") || text.contains("EADDRNOTAVAIL") {
                StoreCLI.printError("无法监听地址 \(host)：本机没有该地址，请检查 --host")
                throw ExitCode(2)
            }
            StoreCLI.printError("网页服务无法启动或意外停止（设置环境变量 HAZCHEM_DEBUG=1 可查看详情）")
            throw ExitCode(1)
        }
    }
}
