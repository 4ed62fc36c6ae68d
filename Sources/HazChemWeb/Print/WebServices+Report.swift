import Foundation
import HazChemCore
import HazChemReports
import HazChemStore
import HazChemTables
import HazChemXLSX
import Hummingbird

extension WebServices {
    /// The assessment of the path as the signed-in user may see it (the assessment page's scope); a 404 otherwise.
    func visibleAssessment(_ context: WebRequestContext) async throws -> AssessmentDetail {
        let identity = try context.signedIn()
        let id = try AssessmentRoutes.id(context)
        guard
            let (detail, _) = try await database.runRead({
                try $0.assessmentDetail(id: id, visibleTo: identity.user)
            })
        else { throw WebError.notFound }
        return detail
    }

    /// Today on the database's clock, the generation day of documents.
    var today: LocalDate { LocalDate.today(database.currentTime) }

    /// The report data of `detail` — the one source of the xlsx report, the print view and the PDFs.
    func assessmentReportData(_ detail: AssessmentDetail) async throws -> AssessmentReportData {
        let tables = self.tables
        let generatedOn = today
        do {
            return try await database.runRead {
                try $0.assessmentReportData(
                    detail,
                    reference: {
                        guard let reference = tables.majorHazardReference else {
                            throw WebError(
                                .internalError, "服务器未加载 GB 18218 重大危险源参考数据（Checklists/），无法生成含重大危险源分级明细的评估报告。")
                        }
                        return reference
                    }, generatedOn: generatedOn)
            }
        } catch let error as XLSXError {
            throw WebError(.badRequest, error.description)
        }
    }
}
