import Foundation
import HazChemCore

extension YAMLField {
    /// The value as an exact decimal number (at most 6 decimals); reports a problem otherwise.
    var rational: Rational? {
        guard let s = scalarText, let value = Rational(decimal: s) else {
            document.report(self, "应为数字（最多\(Rational.maxFractionDigits)位小数）")
            return nil
        }
        return value
    }

    /// The value as a number greater than zero; reports a problem otherwise.
    var positiveRational: Rational? {
        guard let value = rational else { return nil }
        guard value > .zero else {
            document.report(self, "应为大于0的数字")
            return nil
        }
        return value
    }

    /// A list of texts, or a single text taken as a one-item list (`cas: 7664-41-7`).
    var textList: [String] {
        if scalarText != nil { return text.map { [$0] } ?? [] }
        return texts
    }
}

extension TableError {
    /// The problems ordered by line (stable), for loaders that check cross-references after a first pass.
    func sortedByLine() -> TableError {
        TableError(
            problems: problems.enumerated()
                .sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }.map(\.element))
    }
}
