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

    /// What the user may see.
    package var scope: AccessScope { user.scope }
}
