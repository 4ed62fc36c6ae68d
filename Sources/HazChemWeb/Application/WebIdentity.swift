import Foundation
import HazChemStore

/// The signed-in user of a request, with their session.
package struct WebIdentity: Sendable {
    /// The user.
    package var user: AppUser
    /// The SHA-256 of the session's cookie token (to end the session).
    package var tokenHash: String
    /// The token every form of this session sends back.
    package var csrfToken: String
    /// The county's name for a county bureau user (looked up with the session), shown in the page header.
    package var countyName: String? = nil

    /// What the user may see.
    package var scope: AccessScope { user.scope }
}
