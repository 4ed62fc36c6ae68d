import Foundation

/// The answers a panel gives to one grading table: rule answers and the direct-red conditions found.
package struct GradingAnswers: Sendable, Equatable, Codable {
    /// The id of the grading table the answers are for.
    package var tableId: String
    /// Rule id → answer; a rule left out counts as "no" / zero.
    package var answers: [String: GradingAnswer]
    /// Ids of the direct-red conditions found, in the order given.
    package var directRed: [String]

    /// Creates answers.
    package init(tableId: String, answers: [String: GradingAnswer] = [:], directRed: [String] = []) {
        self.tableId = tableId
        self.answers = answers
        self.directRed = directRed
    }

    private enum CodingKeys: String, CodingKey {
        case tableId = "table"
        case answers
        case directRed = "direct_red"
    }

    /// Decodes the answers-file shape: `table`, `answers`, optional `direct_red`.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        tableId = try container.decode(String.self, forKey: .tableId)
        answers = try container.decodeIfPresent([String: GradingAnswer].self, forKey: .answers) ?? [:]
        directRed = try container.decodeIfPresent([String].self, forKey: .directRed) ?? []
    }
}
