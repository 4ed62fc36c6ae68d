import ArgumentParser
import Foundation
import HazChemCore
import HazChemStore
import HazChemTables

/// Parsing shared by the assessment, hazard and disposition commands.
enum AssessmentCLI {
    /// An optional date option.
    static func date(_ text: String?, option: String) throws(StoreError) -> LocalDate? {
        guard let text else { return nil }
        return try required(text, option: option)
    }

    /// A required date option.
    static func required(_ text: String, option: String) throws(StoreError) -> LocalDate {
        guard let date = LocalDate(parsing: text) else {
            throw StoreCLI.invalid(option, "日期“\(text)”无效（应为YYYY-MM-DD，如2019-07-01）")
        }
        return date
    }

    /// The tables directory of `--tables`, `$HAZCHEM_TABLES`, `./Checklists` or the checkout.
    static func tablesDirectory(_ options: TableOptions) throws(StoreError) -> URL {
        do { return try options.directory() } catch { throw StoreError.wrap(error) }
    }

    /// The stored assessment `id`, or a not-found error.
    static func detail(_ id: Int64, in database: AppDatabase, asOf: LocalDate? = nil) throws(StoreError)
        -> AssessmentDetail
    {
        guard let detail = try database.assessmentDetail(id: id, asOf: asOf) else {
            throw StoreError(.notFound, entity: "评估 #\(id)", message: "评估不存在")
        }
        return detail
    }

    /// The county code of `--county` (name, alias or code).
    static func county(_ text: String?, in database: AppDatabase) throws(StoreError) -> String? {
        guard let text else { return nil }
        let regions = try database.regionDirectory()
        guard let region = regions.county(text) else {
            throw StoreCLI.invalid("--county", regions.unknownCountyMessage(text))
        }
        return region.code
    }

    /// The hazard status of an option: code name or label (未整改, 整改中, 已整改, 已验收).
    static func hazardStatus(_ text: String, option: String) throws(StoreError) -> HazardStatus {
        guard let status = HazardStatus(rawValue: text) ?? HazardStatus.allCases.first(where: { $0.label == text })
        else {
            let labels = HazardStatus.allCases.map(\.label).joined(separator: "、")
            throw StoreCLI.invalid(option, "未知的隐患状态“\(text)”（应为：\(labels)）")
        }
        return status
    }

    /// `评估 #3（第2版）已签署，得分 79.4，黄色`.
    /// `；报告提交 2019-07-10（补录，系统记录 2026-12-03 09:41）` for a submission stated on an earlier day; empty
    /// otherwise.
    static func backdated(_ assessment: Assessment) -> String {
        guard let day = assessment.submittedDate,
            LocalDate.recordedNote(day, recorded: assessment.submittedRecordedAt) != nil
        else { return "" }
        return "；报告提交 " + (assessment.submittedLabel ?? "")
    }

    static func summary(_ assessment: Assessment) -> String {
        var text = "\(assessment.entityLabel)：\(assessment.status.label)"
        if let score = assessment.score, let grade = assessment.grade { text += "，得分 \(score)，\(grade.label)" }
        return text
    }
}
