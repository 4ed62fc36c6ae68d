import Foundation
import HazChemStore

/// How the web application runs: where it listens, its templates and its security settings.
package struct WebConfiguration: Sendable {
    /// The address to listen on; loopback (127.0.0.1) by default.
    package var host: String
    /// The TCP port.
    package var port: Int
    /// The folder holding the `.mustache` templates and `static/`.
    package var templatesDirectory: URL
    /// How long a session lasts without being used, in seconds (sliding): 8 hours.
    package var sessionLifetime: TimeInterval
    /// How long a session lasts after signing in however busy it is, in seconds: 12 hours.
    package var sessionAbsoluteLimit: TimeInterval
    /// The bcrypt cost of every password hash of this server (new passwords, the dummy hash, rehashing on
    /// sign-in): 12; tests use 4.
    package var bcryptCost: UInt8
    /// How repeated failed sign-ins are slowed down.
    package var loginPolicy: LoginPolicy
    /// Whether cookies carry `Secure` (sent over HTTPS only); off by default on loopback.
    package var secureCookies: Bool
    /// The addresses of reverse proxies whose `X-Forwarded-For` (the client address) and `X-Forwarded-Proto: https`
    /// (cookies get `Secure`) are believed; from any other connection those headers are ignored.
    package var trustedProxies: Set<String>
    /// When set, `GET /dev-login?token=…&user=…` signs in as any enabled user; loopback only, for browser tests.
    package var devLoginToken: String?
    /// Enterprises per page in the enterprise list.
    package var pageSize: Int
    /// The largest upload (a filled checklist form) accepted, in bytes: 10 MB.
    package var maxUploadSize: Int
    /// How many requests of one session run at once; more wait in line (see ``SessionGateMiddleware``).
    package var requestsPerSession: Int
    /// How many more requests of one session may wait in line before the next is refused with 429.
    package var queuedPerSession: Int
    /// Seconds a connection may stay silent, between requests or in the middle of one (a half-sent header or
    /// body), before it is closed: 20 s.
    package var readTimeout: Int
    /// The tables directory new assessments take their checklist and grading table from (as the CLI's
    /// `assessment create`); nil when the server was started without one (creating assessments is then refused).
    package var tablesDirectory: URL?

    /// Creates a configuration with the defaults above, listening on `host`:`port`.
    package init(templatesDirectory: URL, host: String = "127.0.0.1", port: Int = 8080) {
        self.templatesDirectory = templatesDirectory
        self.host = host
        self.port = port
        sessionLifetime = 8 * 3600
        sessionAbsoluteLimit = 12 * 3600
        bcryptCost = BcryptHasher.defaultCost
        loginPolicy = LoginPolicy()
        secureCookies = !Self.isLoopback(host)
        trustedProxies = []
        devLoginToken = nil
        pageSize = 50
        maxUploadSize = 10 << 20
        requestsPerSession = 4
        queuedPerSession = 64
        readTimeout = 20
        tablesDirectory = nil
    }

    /// Whether `host` is a loopback address (127.x.x.x, ::1 or localhost).
    package static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// Refuses settings that would be unsafe or cannot work.
    package func validate() throws(WebError) {
        guard (1...65535).contains(port) else { throw WebError(.configuration, "端口应在 1–65535 之间：\(port)") }
        if let token = devLoginToken {
            guard Self.isLoopback(host) else {
                throw WebError(.configuration, "--dev-login-token 只能在本机回环地址（127.0.0.1）上使用，当前监听 \(host)")
            }
            guard token.count >= 16 else { throw WebError(.configuration, "--dev-login-token 至少需要16个字符") }
        }
        guard sessionLifetime >= 60 else { throw WebError(.configuration, "会话有效期至少为60秒") }
        guard sessionAbsoluteLimit >= sessionLifetime else {
            throw WebError(.configuration, "会话最长有效期不能短于空闲有效期")
        }
        guard requestsPerSession >= 1, queuedPerSession >= 0 else {
            throw WebError(.configuration, "每个会话同时处理的请求数至少为1")
        }
        guard readTimeout >= 1 else { throw WebError(.configuration, "读取请求的超时至少为1秒") }
        guard maxUploadSize >= 1 << 20 else { throw WebError(.configuration, "上传文件大小上限至少为 1 MB") }
    }
}
