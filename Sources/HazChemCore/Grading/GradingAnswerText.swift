import Foundation

/// The one vocabulary of grading answers as people write them, for every way in: score and assessment files,
/// `assessment answer`, filled xlsx forms and the web's grading form.
///
/// Yes/no rules and direct-red conditions take 是/否, 有/无, true/false, yes/no, y/n, √/×, and 1/0 where the rule is
/// known to be yes/no; per-item rules take a whole count ≥ 0, in ASCII or full-width digits, or a whole decimal
/// such as `3.0`. Case, surrounding white space and full-width forms do not matter. Whether the value suits the
/// rule (its `max_count`, the plausible maximum) is the grading rule's own check.
package enum GradingAnswerText {
    /// The words read as yes.
    package static let yesWords: Set<String> = ["是", "有", "true", "yes", "y", "√", "✓", "✔"]
    /// The words read as no.
    package static let noWords: Set<String> = ["否", "无", "false", "no", "n", "×", "✗", "✘"]

    /// `text` folded for comparison: NFKC (full-width → ASCII), trimmed, lower-cased.
    static func folded(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// A yes/no answer; `digits` also reads 1 and 0 (when the rule is known to be yes/no). Nil when it is neither.
    package static func flag(_ text: String, digits: Bool = true) -> Bool? {
        let word = folded(text)
        if yesWords.contains(word) || (digits && word == "1") { return true }
        if noWords.contains(word) || (digits && word == "0") { return false }
        return nil
    }

    /// A whole count ≥ 0 (nil when `text` is not one, or is beyond `Int`); whether it is plausible is the rule's check.
    package static func count(_ text: String) -> Int? {
        var word = folded(text)
        if let dot = word.firstIndex(of: "."), word[word.index(after: dot)...].allSatisfy({ $0 == "0" }) {
            word = String(word[..<dot])
        }
        guard !word.isEmpty, word.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(word)
    }

    /// The answer `text` gives: a count for a per-item rule, a flag for a yes/no rule or direct-red condition;
    /// when the kind is not known (`isCount` nil), words are flags and numbers counts. Nil when it is neither.
    package static func answer(_ text: String, isCount: Bool?) -> GradingAnswer? {
        switch isCount {
        case true?: count(text).map(GradingAnswer.count)
        case false?: flag(text).map(GradingAnswer.flag)
        case nil: flag(text, digits: false).map(GradingAnswer.flag) ?? count(text).map(GradingAnswer.count)
        }
    }
}
