import Foundation
import Synchronization

/// A text made at most once and shared by every copy of the value holding it (see
/// ``AssessmentScore/rendering``).
package final class RenderedOnce: Sendable {
    private let made = Mutex<String??>(nil)

    package init() {}

    /// The text, made by `make` the first time (callers at the same time wait for it).
    package func text(_ make: () -> String?) -> String? {
        made.withLock { made in
            if let made { return made }
            let text = make()
            made = .some(text)
            return text
        }
    }
}
