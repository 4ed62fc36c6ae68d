import Foundation
import HazChemStore
import HazChemTables
import Hummingbird

/// What every route group needs: the store, the tables, the configuration and the page renderer.
package struct WebServices: Sendable {
    /// The campaign database; every rule and query lives behind it.
    package let database: AppDatabase
    /// The checklist and grading tables (for the assessment pages).
    package let tables: TableCatalog
    /// How the application runs.
    package let configuration: WebConfiguration
    /// Renders templates into pages.
    let pages: PageRenderer

    /// The printed documents' renderer, its templates and stylesheet loaded once at start-up.
    let printer: PrintRenderer
    /// Hashes and checks passwords.
    let hasher: BcryptHasher
    /// Slows down repeated failed sign-ins per user name and client address.
    let throttle: LoginThrottle
    /// Issues and checks the sign-in form's CSRF tokens.
    let loginTokens: LoginFormTokens
}

/// A group of routes for one area of the application (sign-in, dashboard, enterprises, users …).
///
/// ``WebApplication`` mounts each group under its path prefix with the middleware the area needs
/// (sign-in required, roles); handlers read the user's scope from ``WebRequestContext`` and pass it to
/// the store, which answers only what is in scope.
protocol WebRoutes: Sendable {
    /// Adds the group's routes to `group`.
    func register(on group: RouterGroup<WebRequestContext>)
}
