import Foundation
import HazChemStore
import HazChemTables
import Hummingbird
import Logging

/// Builds the web application over `database`: routes, middleware and templates.
///
/// The result runs with `runService()` (see ``runWebServer(database:tables:configuration:onListening:)``) or
/// under HummingbirdTesting (`app.test(.router)`). Start-up removes expired sessions and fails with a
/// ``WebError`` when the configuration or templates are wrong. `onListening` runs once the socket is bound.
package func buildApplication(
    database: AppDatabase, tables: TableCatalog, configuration: WebConfiguration,
    onListening: @escaping @Sendable () async -> Void = {}
) async throws -> some ApplicationProtocol {
    try configuration.validate()
    let pages = try await PageRenderer(directory: configuration.templatesDirectory)
    let printer = try PrintRenderer(directory: configuration.templatesDirectory)
    _ = try await database.run { try $0.endExpiredSessions() }
    let services = WebServices(
        database: database, tables: tables, configuration: configuration, pages: pages, printer: printer,
        hasher: BcryptHasher(cost: configuration.bcryptCost, dummy: true),
        throttle: LoginThrottle(policy: configuration.loginPolicy),
        loginTokens: LoginFormTokens(now: { database.currentTime }))
    var logger = Logger(label: "hazchem.web")
    logger.logLevel = .info
    return Application(
        responder: ResponseHeadersResponder(router: makeRouter(services)),
        // A connection silent this long, idle or half-way through sending a request, is closed.
        server: .http1(configuration: .init(idleTimeout: .seconds(Int64(configuration.readTimeout)))),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "HazChem"),
        onServerRunning: { _ in await onListening() }, logger: logger)
}

/// Builds the application and serves requests until the process receives SIGINT or SIGTERM (`hazchem serve`).
package func runWebServer(
    database: AppDatabase, tables: TableCatalog, configuration: WebConfiguration,
    onListening: @escaping @Sendable () async -> Void
) async throws {
    let app = try await buildApplication(
        database: database, tables: tables, configuration: configuration, onListening: onListening)
    try await app.runService()
}

/// The router: global middleware, then each area's route group under its prefix.
///
/// To add an area: write `XRoutes: WebRoutes` in `Routes/`, its templates in `Templates/`, a
/// ``NavigationItem`` line, and mount it here under `signedIn` (adding ``RequireRoleMiddleware`` when only
/// some roles may use it). Records outside the user's scope must come back from the store as nil → 404.
func makeRouter(_ services: WebServices) -> Router<WebRequestContext> {
    let router = Router(context: WebRequestContext.self)
    router.add(middleware: SessionMiddleware(database: services.database, configuration: services.configuration))
    router.add(middleware: ErrorPageMiddleware(pages: services.pages))
    router.add(
        middleware: SessionGateMiddleware(
            gate: SessionGate(
                running: services.configuration.requestsPerSession, queued: services.configuration.queuedPerSession)))
    router.add(
        middleware: CSRFMiddleware(
            maxUploadSize: services.configuration.maxUploadSize, loginTokens: services.loginTokens,
            acceptsUpload: {
                AssessmentFileRoutes.isUploadPath($0) || EnterpriseAdminRoutes.isUploadPath($0)
                    || PhotoRoutes.isUploadPath($0)
            }))
    router.add(middleware: IdempotencyMiddleware(database: services.database))
    StaticRoutes(services: services).register(on: router.group("static"))
    LoginRoutes(services: services).register(on: router.group())
    let signedIn = router.group().add(middleware: RequireLoginMiddleware())
    DashboardRoutes(services: services).register(on: signedIn)
    EnterpriseRoutes(services: services).register(on: signedIn.group("enterprises"))
    let bureaus = signedIn.group().add(
        middleware: RequireRoleMiddleware(roles: [.administrator, .prefecture, .county]))
    EnterpriseAdminRoutes(services: services).register(on: bureaus.group("enterprises"))
    ExpertRoutes(services: services).register(on: bureaus.group("experts"))
    let assessments = signedIn.group("assessments")
    AssessmentCreateRoutes(services: services).register(on: assessments)
    ServiceWorkerRoutes(services: services).register(on: assessments)
    AssessmentRoutes(services: services).register(on: assessments)
    AssessmentEntryRoutes(services: services).register(on: assessments)
    AssessmentLifecycleRoutes(services: services).register(on: assessments)
    AssessmentFileRoutes(services: services).register(on: assessments)
    PrintRoutes(services: services).register(on: assessments)
    PhotoRoutes(services: services).registerUpload(on: assessments)
    PhotoRoutes(services: services).register(on: signedIn.group("photos"))
    HazardRoutes(services: services).register(on: signedIn.group("hazards"))
    PanelRoutes(services: services).register(
        on: signedIn.group("panels").add(
            middleware: RequireRoleMiddleware(roles: [.administrator, .prefecture, .county])))
    MonthlyRoutes(services: services).register(
        on: signedIn.group("monthly").add(
            middleware: RequireRoleMiddleware(roles: [.administrator, .prefecture, .county])))
    AuditRoutes(services: services).register(
        on: signedIn.group("audit").add(middleware: RequireRoleMiddleware(roles: [.administrator, .prefecture])))
    UserAdminRoutes(services: services).register(
        on: signedIn.group("admin/users").add(middleware: RequireRoleMiddleware(roles: [.administrator, .county])))
    return router
}
