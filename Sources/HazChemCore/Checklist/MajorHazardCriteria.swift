import Foundation

/// The criteria for judging major accident hazards (重大事故隐患判定标准), such as the 20 of 安监总管三〔2017〕121号.
package struct MajorHazardCriteria: Sendable, Equatable, Codable {
    /// One numbered criterion.
    package struct Criterion: Sendable, Equatable, Codable {
        /// 1-based number, as in the source document.
        package var number: Int
        /// The criterion, in Chinese.
        package var text: String

        /// Creates a criterion.
        package init(number: Int, text: String) {
            self.number = number
            self.text = text
        }
    }

    /// Identity, version, basis and status.
    package var header: TableHeader
    /// The criteria, in number order.
    package var criteria: [Criterion]

    /// Creates a criteria list.
    package init(header: TableHeader, criteria: [Criterion]) {
        self.header = header
        self.criteria = criteria
    }

    /// The criterion numbered `number`, if any.
    package func criterion(_ number: Int) -> Criterion? {
        criteria.first { $0.number == number }
    }

    /// All criterion numbers.
    package var numbers: Set<Int> { Set(criteria.map(\.number)) }
}
