import Foundation
import HazChemCore
import HazChemStore
import HazChemXLSX

extension AppDatabase {
    /// The report data of a stored assessment version (``AssessmentReportData/init(detail:regions:majorHazards:generatedOn:)``)
    /// with the GB 18218 breakdown of the enterprise's stored hazard units when it has any; `reference` is asked
    /// for the GB 18218 reference data only then (`hazchem export report` and the web download share this).
    ///
    /// - Throws: `StoreError` for the store, what `reference` throws, and `XLSXError` when the stored answers
    ///   do not score.
    package func assessmentReportData(
        _ detail: AssessmentDetail, reference: () throws -> MajorHazardReference, generatedOn: LocalDate
    ) throws -> AssessmentReportData {
        let enterpriseID = detail.enterprise.id!
        var majorHazards: MajorHazardAssessment?
        if !(try hazardUnits(enterpriseID: enterpriseID)).isEmpty {
            majorHazards = try majorHazardAssessment(enterpriseID: enterpriseID, reference: try reference())
        }
        var data = try AssessmentReportData(
            detail: detail, regions: try regionDirectory(), majorHazards: majorHazards, generatedOn: generatedOn)
        data.photos = try reportPhotos(assessmentID: detail.assessment.id!)
        return data
    }
}
