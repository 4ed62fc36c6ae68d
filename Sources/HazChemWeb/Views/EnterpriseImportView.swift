import Foundation
import HazChemStore

/// The enterprise import page: the upload form, then the whole file's check as a table of bad rows, or the
/// summary of what was imported with the rejected rows to download.
struct EnterpriseImportView {
    /// One problem of one row.
    struct ProblemRow {
        var row: String
        var column: String
        var message: String
    }

    var countyNote: String
    var errors: [String] = []
    var problems: [ProblemRow] = []
    var hasProblems = false
    var refused = false
    var imported = false
    var summary = ""
    var rejectedCSV = ""
    var hasRejected = false
    var fileName = ""

    init(countyName: String?) {
        countyNote =
            countyName.map { "只能导入本旗县市（\($0)）的企业；其他旗县市的行会被列为错误。" } ?? "可导入各旗县市的企业。"
    }

    /// Shows every problem of the file, one line per problem.
    mutating func show(_ list: [StoreError.Problem]) {
        problems = list.map {
            ProblemRow(
                row: $0.row.map { "第\($0)行" } ?? "—", column: $0.column ?? $0.field ?? "—", message: $0.message)
        }
        hasProblems = !problems.isEmpty
    }
}
