import CXlsxWriter
import Foundation
import HazChemCore

/// Messages shown by Excel around a data validation.
package struct ValidationMessages: Sendable {
    /// Title of the hint shown when the cell is selected (at most 32 characters).
    package var inputTitle: String?
    /// Hint shown when the cell is selected (at most 255 characters).
    package var inputMessage: String?
    /// Title of the error box for a refused entry (at most 32 characters).
    package var errorTitle: String?
    /// Text of the error box for a refused entry (at most 255 characters).
    package var errorMessage: String?

    /// Creates messages; nil leaves Excel's default.
    package init(
        inputTitle: String? = nil, inputMessage: String? = nil, errorTitle: String? = nil, errorMessage: String? = nil
    ) {
        self.inputTitle = inputTitle
        self.inputMessage = inputMessage
        self.errorTitle = errorTitle
        self.errorMessage = errorMessage
    }
}

extension Worksheet {
    /// Restricts a range to a dropdown list of values (the list joined by commas is at most 255 characters).
    package func addListValidation(
        _ values: [String], to range: CellRange, messages: ValidationMessages = ValidationMessages()
    ) throws {
        guard !values.isEmpty, values.allSatisfy({ !$0.isEmpty && !$0.contains(",") && !$0.contains("\"") }) else {
            throw XLSXError(
                .invalidArgument("下拉列表须至少有一项，且各项不能为空或含逗号、双引号"), file: workbook.path, sheet: name,
                cell: range.description)
        }
        // Checked here because libxlsxwriter 1.1.4 miscounts long lists and overflows its buffer.
        let length = values.reduce(values.count - 1) { $0 + $1.unicodeScalars.count }
        guard length <= 255 else {
            throw XLSXError(
                .invalidArgument("下拉列表各项连同逗号共 \(length) 个字符，超过 Excel 255 个字符的限制"), file: workbook.path,
                sheet: name, cell: range.description)
        }
        let owned = values.map { strdup($0) }
        defer { owned.forEach { free($0) } }
        var list: [UnsafeMutablePointer<CChar>?] = owned + [nil]
        try list.withUnsafeMutableBufferPointer { buffer in
            var validation = lxw_data_validation()
            validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
            validation.value_list = buffer.baseAddress
            try addValidation(&validation, range: range, messages: messages)
        }
    }

    /// Restricts a range to numbers between `minimum` and `maximum` inclusive (whole numbers if `integersOnly`).
    package func addNumberValidation(
        to range: CellRange, minimum: Double, maximum: Double, integersOnly: Bool = false,
        messages: ValidationMessages = ValidationMessages()
    ) throws {
        var validation = lxw_data_validation()
        let type = integersOnly ? LXW_VALIDATION_TYPE_INTEGER : LXW_VALIDATION_TYPE_DECIMAL
        validation.validate = UInt8(type.rawValue)
        validation.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
        validation.minimum_number = minimum
        validation.maximum_number = maximum
        try addValidation(&validation, range: range, messages: messages)
    }

    /// Restricts a range to dates from `first` through `last`.
    package func addDateValidation(
        to range: CellRange, from first: LocalDate, through last: LocalDate,
        messages: ValidationMessages = ValidationMessages()
    ) throws {
        guard first <= last else {
            throw XLSXError(
                .invalidArgument("日期范围 \(first)–\(last) 无效"), file: workbook.path, sheet: name,
                cell: range.description)
        }
        var validation = lxw_data_validation()
        validation.validate = UInt8(LXW_VALIDATION_TYPE_DATE.rawValue)
        validation.criteria = UInt8(LXW_VALIDATION_CRITERIA_BETWEEN.rawValue)
        validation.minimum_datetime = lxw_datetime(
            year: Int32(first.year), month: Int32(first.month), day: Int32(first.day), hour: 0, min: 0, sec: 0)
        validation.maximum_datetime = lxw_datetime(
            year: Int32(last.year), month: Int32(last.month), day: Int32(last.day), hour: 0, min: 0, sec: 0)
        try addValidation(&validation, range: range, messages: messages)
    }

    /// Adds the messages and the validation to the range; the library copies every string.
    private func addValidation(
        _ validation: inout lxw_data_validation, range: CellRange, messages: ValidationMessages
    ) throws {
        try checkRange(range, ordered: false)
        let owned = [messages.inputTitle, messages.inputMessage, messages.errorTitle, messages.errorMessage]
            .map { $0.map { strdup($0) } ?? nil }
        defer { owned.forEach { free($0) } }
        validation.input_title = owned[0]
        validation.input_message = owned[1]
        validation.error_title = owned[2]
        validation.error_message = owned[3]
        let result = worksheet_data_validation_range(
            handle, lxw_row_t(range.first.row), lxw_col_t(range.first.column), lxw_row_t(range.last.row),
            lxw_col_t(range.last.column), &validation)
        try check(result, cell: range.description)
    }
}
