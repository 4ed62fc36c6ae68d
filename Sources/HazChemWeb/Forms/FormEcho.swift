import Foundation
import HazChemStore

/// A form that came back refused: which form it was, what the user entered, and the messages to show beside it.
///
/// Pages re-render with ``values`` in place of the stored values of that one form, so nothing typed is lost.
struct FormEcho {
    /// The form's name on the page, such as `item:A01`, `risk` or `disposition`.
    var form: String
    /// What was entered.
    var values: FormData
    /// The problems, in Chinese.
    var messages: [String]

    /// The echo of `form` for a store error: one message per problem, without command-line hints.
    init(form: String, values: FormData, error: StoreError) {
        self.init(form: form, values: values, messages: Self.messages(error))
    }

    /// The messages of a store error, one per problem, without command-line hints.
    static func messages(_ error: StoreError) -> [String] {
        error.problems.map { readable($0.description) }
    }

    /// Creates an echo.
    init(form: String, values: FormData, messages: [String]) {
        self.form = form
        self.values = values
        self.messages = messages
    }

    /// The entered value of `field` when this echo is for `form`, else `stored`.
    func value(_ field: String, of form: String, stored: String) -> String {
        self.form == form ? (values[field] ?? "") : stored
    }

    /// A store message without the command-line hints meant for `hazchem` users (`（assessment reopen）`).
    static func readable(_ message: String) -> String {
        message.replacingOccurrences(
            of: #"（(assessment|hazard|disposition) [a-z -]+）"#, with: "", options: .regularExpression
        )
        .replacingOccurrences(of: "请使用 hazard verify", with: "请使用“复查验收”")
    }
}
