import Foundation
import HazChemCore

/// The header of an import file matched to enterprise fields.
struct EnterpriseImportColumns {
    /// The field of each column, by column index.
    var fields: [Int: EnterpriseField] = [:]
    /// The header text of each field as the file wrote it, for messages.
    var headers: [EnterpriseField: String] = [:]

    /// Matches `header`, reporting unknown, duplicate and missing columns all at once.
    init(header: [String], file: String) throws(StoreError) {
        var problems: [StoreError.Problem] = []
        for (index, text) in header.enumerated() {
            let trimmed = text.trimmed
            if trimmed.isEmpty { continue }
            guard let field = EnterpriseField(header: trimmed) else {
                let known = EnterpriseField.allCases.map(\.header).joined(separator: "、")
                problems.append(.init(file: file, row: 1, column: trimmed, message: "未知的列名（可用的列：\(known)）"))
                continue
            }
            if let first = headers[field] {
                problems.append(.init(file: file, row: 1, column: trimmed, message: "与列“\(first)”重复"))
                continue
            }
            fields[index] = field
            headers[field] = trimmed
        }
        for field in EnterpriseField.allCases where field.isRequired && headers[field] == nil {
            problems.append(.init(file: file, row: 1, column: field.header, message: "缺少必需的列"))
        }
        if !problems.isEmpty { throw StoreError(.invalidInput, problems: problems) }
    }

    /// The header text for `field` (its standard name when the file lacks the column).
    func header(_ field: EnterpriseField) -> String { headers[field] ?? field.header }
}
