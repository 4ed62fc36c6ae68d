import Foundation
import HTTPTypes
import HazChemCore
import HazChemStore
import Hummingbird
import Mustache

/// The JSON answer to a checklist item saved by the page's script: what was stored, the section's progress and
/// the grading sheet re-scored by the server (as HTML to put in place of the old one).
///
/// Written as JSON by hand (``JSONObjectText``, keys in alphabetical order): the server sends one per save.
struct ItemSaveResult {
    var ok: Bool
    var changed: Bool
    var item: String
    /// The name the item is recorded under (填写人), shown beside it.
    var expert: String?
    var message: String
    var messages: [String]
    var section: String?
    var sectionProgress: String?
    var sectionAnswered: Int?
    var totals: String?
    /// The grading sheet's HTML as a JSON string literal, quoted once for all the saves of one transaction.
    var scoreHTMLJSON: String?
    /// The stored response's version after the save (the page sends it back with the next edit).
    var version: String?
    /// A conflict: the item changed since the version the edit was based on; `current` is what is stored.
    var conflict: Bool?
    var current: ItemConflict?

    /// Whether the request asked for JSON (`Accept: application/json`).
    static func wanted(_ request: Request) -> Bool {
        request.headers[.accept]?.contains("application/json") ?? false
    }

    /// The success answer for `item` of `detail`, the grading sheet rendered by `pages`.
    static func success(
        _ detail: AssessmentScore, item: String, changed: Bool, expert: String?, version: String? = nil,
        pages: PageRenderer
    ) throws -> Response {
        let section = detail.checklist.section(containing: item)
        let counts = detail.progress.sections.first { $0.sectionId == section?.id }?.counts
        let totals = detail.progress.totals
        var result = ItemSaveResult(
            ok: true, changed: changed, item: item, expert: expert, message: changed ? "已保存" : "已保存（无变化）", messages: [],
            section: section?.id,
            sectionProgress: counts.map {
                ChecklistSectionView.progressText(
                    answered: $0.answered, total: section?.items.count ?? 0, nonConforming: $0[.nonConforming])
            },
            sectionAnswered: counts?.answered,
            totals: ChecklistSectionView.progressText(
                answered: totals.answered, total: detail.checklist.items.count, nonConforming: totals[.nonConforming]),
            scoreHTMLJSON: detail.rendering.text {
                pages.library.render(ScorePanelView(detail), withTemplate: "score-panel").map(JSONText.quoted)
            })
        result.version = version
        return try result.response(status: .ok)
    }

    /// A refusal: the messages shown beside the item, whose typed values stay in the page.
    static func failure(_ messages: [String], item: String, status: HTTPResponse.Status) throws -> Response {
        try ItemSaveResult(
            ok: false, changed: false, item: item, message: messages.joined(separator: "；"), messages: messages
        ).response(status: status)
    }

    func encoded(status: HTTPResponse.Status) throws -> Response { try response(status: status) }

    /// The JSON text (keys sorted, as the page's script and the tests read them).
    var json: String {
        var object = JSONObjectText()
        object.add("changed", changed)
        object.add("conflict", conflict)
        object.add("current", json: current?.json)
        object.add("expert", expert)
        object.add("item", item)
        object.add("message", message)
        object.add("messages", messages)
        object.add("ok", ok)
        object.add("scoreHTML", json: scoreHTMLJSON)
        object.add("section", section)
        object.add("sectionAnswered", sectionAnswered)
        object.add("sectionProgress", sectionProgress)
        object.add("totals", totals)
        object.add("version", version)
        return object.closed
    }

    private func response(status: HTTPResponse.Status) throws -> Response {
        Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: json)))
    }
}
