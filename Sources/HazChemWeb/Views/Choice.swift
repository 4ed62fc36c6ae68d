import Foundation

/// One `<option>` of a select: its value, its text and whether it is chosen.
struct Choice {
    var value: String
    var label: String
    var selected: Bool

    /// The options for `items`, with `chosen` marked and a leading “all” option labelled `allLabel` when given.
    static func list<T>(
        _ items: [T], value: (T) -> String, label: (T) -> String, chosen: String?, allLabel: String? = nil
    ) -> [Choice] {
        var choices = allLabel.map { [Choice(value: "", label: $0, selected: (chosen ?? "").isEmpty)] } ?? []
        choices += items.map { Choice(value: value($0), label: label($0), selected: value($0) == chosen) }
        return choices
    }
}
