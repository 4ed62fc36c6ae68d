import Foundation

/// A grading table's rules flattened once, so scoring looks up only the rules that were answered instead of
/// walking (and copying) the whole table for every set of answers.
struct GradingRuleIndex: Sendable {
    /// Every rule in table order (categories, projects, rules).
    let rules: [GradingRule]
    /// Rule id → its position in `rules` (the first, should a table repeat an id).
    let position: [String: Int]
    /// The bands, highest lower bound first.
    let bandsDescending: [GradeBand]

    /// The answers split into those naming a rule of the table, by rule position, and those naming none.
    struct Answered {
        /// (position in `rules`, answer), in table order.
        var known: [(index: Int, answer: GradingAnswer)]
        /// Ids the table does not have, sorted.
        var unknown: [String]
    }

    /// Indexes `table`.
    init(_ table: GradingTable) {
        rules = table.categories.flatMap { $0.projects.flatMap(\.rules) }
        position = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        bandsDescending = table.bands.sorted { $0.min > $1.min }
    }

    /// The answers of `answers`, sorted into table order.
    func answered(_ answers: GradingAnswers) -> Answered {
        var known: [(index: Int, answer: GradingAnswer)] = []
        known.reserveCapacity(answers.answers.count)
        var unknown: [String] = []
        for (id, answer) in answers.answers {
            if let index = position[id] { known.append((index, answer)) } else { unknown.append(id) }
        }
        known.sort { $0.index < $1.index }
        unknown.sort()
        return Answered(known: known, unknown: unknown)
    }

    /// The grade of a total by the bands alone; red when no band matches (``GradingTable/bandGrade(for:)``).
    func bandGrade(for total: Tenths) -> Grade {
        bandsDescending.first { total >= $0.min }?.grade ?? .red
    }
}
