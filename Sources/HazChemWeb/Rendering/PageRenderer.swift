import Foundation
import HazChemStore
import Hummingbird
import Mustache

/// Renders the Mustache templates of `Templates/` into pages, wrapping each in the shared layout.
///
/// Every page template starts with `{{<layout}}` and fills the `main` block; `layout.mustache` draws the
/// header, the menu for the user's role and the footer. Templates hold no rules: view models give them
/// ready-made labels and flags.
package struct PageRenderer: Sendable {
    /// The parsed templates by name (file name without `.mustache`).
    let library: MustacheLibrary
    /// `static/app.css`, served at `/static/app.css`.
    let stylesheet: String
    /// The page scripts of `static/`, served at `/static/NAME` by file name: ``scriptNames``.
    let scripts: [String: String]

    /// `assessment.js` (the assessment page's autosave and offline queue) and `signout.js` (every signed-in
    /// page: warns before signing out with answers still queued on the device, then clears what it kept).
    static let scriptNames = ["assessment.js", "signout.js"]

    /// The templates every deployment must have.
    static let requiredTemplates = [
        "layout", "login", "dashboard", "enterprises", "enterprise", "users", "user-form", "error",
        "assessments", "assessment", "score-panel", "hazards", "hazard", "monthly", "monthly-review", "audit",
    ]

    /// Loads and parses every template in `directory`; a missing or malformed template stops start-up.
    package init(directory: URL) async throws(WebError) {
        do {
            library = try await MustacheLibrary(directory: directory.path)
        } catch let error as MustacheLibrary.ParserError {
            throw WebError(
                .configuration, "模板 \(error.filename) 第\(error.context.lineNumber)行有语法错误：\(error.error)")
        } catch {
            throw WebError(.configuration, "无法读取模板目录 \(directory.path)：\(error)")
        }
        let loaded = library
        let missing = Self.requiredTemplates.filter { loaded.getTemplate(named: $0) == nil }
        if !missing.isEmpty {
            throw WebError(
                .configuration, "模板目录 \(directory.path) 缺少：\(missing.map { $0 + ".mustache" }.joined(separator: "、"))")
        }
        let css = directory.appendingPathComponent("static/app.css")
        guard let text = try? String(contentsOf: css, encoding: .utf8) else {
            throw WebError(.configuration, "缺少样式表 \(css.path)")
        }
        stylesheet = text
        var scripts: [String: String] = [:]
        for name in Self.scriptNames {
            let js = directory.appendingPathComponent("static/\(name)")
            guard let code = try? String(contentsOf: js, encoding: .utf8) else {
                throw WebError(.configuration, "缺少脚本 \(js.path)")
            }
            scripts[name] = code
        }
        self.scripts = scripts
    }

    /// Renders `template` with `page` as its view model, framed for the signed-in user of `context`.
    package func render(
        _ template: String, title: String, page: Any, request: Request, context: WebRequestContext,
        status: HTTPResponse.Status = .ok
    ) throws(WebError) -> HTMLPage {
        let model = PageModel(
            title: title,
            layout: try context.identity.map { identity throws(WebError) in
                try layout(for: identity, path: request.uri.path)
            }, page: page)
        guard let html = library.render(model, withTemplate: template) else {
            throw WebError(.internalError, "缺少页面模板 \(template).mustache")
        }
        return HTMLPage(html: html, status: status)
    }

    /// The layout for `identity` on the page at `path`.
    func layout(for identity: WebIdentity, path: String) throws(WebError) -> LayoutModel {
        let user = identity.user
        let scopeLabel: String
        switch identity.scope {
        case .all:
            scopeLabel = "全部旗县市"
        case .county(let code):
            scopeLabel = identity.countyName ?? code
        case .panels:
            scopeLabel = "所在专家组评估的企业"
        }
        let menu = NavigationItem.items(for: user.role).map {
            LayoutModel.MenuEntry(label: $0.label, href: $0.href, active: $0.contains(path: path))
        }
        return LayoutModel(
            userName: user.displayName, account: user.username, roleLabel: user.role.label, scopeLabel: scopeLabel,
            menu: menu, csrf: identity.csrfToken)
    }
}
