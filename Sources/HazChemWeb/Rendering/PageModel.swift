import Foundation

/// What every template is rendered with: the page title, the layout (user, menu, CSRF token) and the
/// page's own view model under `page`.
///
/// Templates refer to `{{title}}`, `{{#layout}}…{{/layout}}`, `{{layout.csrf}}` and `{{#page}}…{{/page}}`.
struct PageModel<Content>: @unchecked Sendable {
    /// The `<title>` and heading.
    var title: String
    /// The signed-in user's frame; nil on the sign-in page and for anonymous error pages.
    var layout: LayoutModel?
    /// The page's own data.
    var page: Content
}

/// The layout's data: who is signed in, what they may see, the menu and the CSRF token for forms.
struct LayoutModel: Sendable {
    /// One menu entry.
    struct MenuEntry: Sendable {
        var label: String
        var href: String
        var active: Bool
    }

    /// The user's display name.
    var userName: String
    /// The user's account name (`data-user`: the assessment page keeps each user's offline queue apart).
    var account: String = ""
    /// The user's role, such as 旗县市应急管理局.
    var roleLabel: String
    /// What the user sees, such as 乌兰浩特市 or 全盟.
    var scopeLabel: String
    /// The menu for the user's role.
    var menu: [MenuEntry]
    /// The session's CSRF token, put in every form by the `csrf` partial.
    var csrf: String
}
