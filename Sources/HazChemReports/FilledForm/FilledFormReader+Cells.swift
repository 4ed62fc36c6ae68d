import Foundation
import HazChemCore
import HazChemStore
import HazChemXLSX

extension FilledFormReader {
    /// A cell's value as trimmed text; nil when empty. Whole numbers read without a decimal point.
    static func text(_ value: CellValue?) -> String? {
        let text: String
        switch value {
        case nil: return nil
        case .text(let t): text = t
        case .number(let n): text = n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)
        case .boolean(let b): text = b ? "是" : "否"
        case .error(let e): text = e
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A 是/否 cell: true, false, nil when empty, or the text that is neither.
    static func yesNo(_ value: CellValue?) -> Result<Bool?, TextProblem> {
        guard let text = text(value) else { return .success(nil) }
        guard let flag = GradingAnswerText.flag(text) else { return .failure(TextProblem(text: text)) }
        return .success(flag)
    }

    /// A count cell: a whole number ≥ 0 (number or digits as text), nil when empty.
    static func count(_ value: CellValue?) -> Result<Int?, TextProblem> {
        switch value {
        case .number(let n):
            guard n == n.rounded(), n >= 0, n < 1e9 else { return .failure(TextProblem(text: text(value) ?? "")) }
            return .success(Int(n))
        default:
            guard let text = text(value) else { return .success(nil) }
            guard let n = GradingAnswerText.count(text) else { return .failure(TextProblem(text: text)) }
            return .success(n)
        }
    }

    /// A date cell: an Excel serial (what Excel, WPS and openpyxl store) or text such as `2019-10-01`,
    /// `2019/10/1` or `2019年10月1日`; nil when empty.
    static func date(_ value: CellValue?) -> Result<LocalDate?, TextProblem> {
        switch value {
        case .number(let serial):
            guard serial == serial.rounded(.down), let day = LocalDate(excelSerial: serial) else {
                return .failure(TextProblem(text: text(value) ?? ""))
            }
            return .success(day)
        default:
            guard let text = text(value) else { return .success(nil) }
            // `t="d"` cells hold ISO 8601 date-times such as 2019-10-01T00:00:00.
            let datePart = text.count > 10 && text.dropFirst(10).first == "T" ? String(text.prefix(10)) : text
            guard let date = LocalDate(parsing: datePart) else { return .failure(TextProblem(text: text)) }
            return .success(date)
        }
    }

    /// Text that could not be read as the value a cell needs.
    struct TextProblem: Error {
        var text: String
    }
}

extension Character {
    /// Whether this is one of the ASCII digits 0–9.
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
