import Foundation
import HazChemCore
import HazChemStore

extension AssessmentReportData {
    /// One person examined in the 应知应会 spot check: the same row as on the checklist form.
    package typealias SpotCheckLine = FormSpotCheck

    /// The organising bureau (组织评估的应急管理局) of a county: `科尔沁右翼前旗应急管理局`.
    package static func bureau(countyName: String) -> String { "\(countyName)应急管理局" }

    /// The report number printed on the cover: county code, year of the on-site start, assessment id and version,
    /// e.g. `152221-2019-0012`（第1版）.
    package var reportNumber: String {
        let year = dates.onSiteStart.map { String($0.year) } ?? String(version.generatedOn.year)
        let number = String(format: "%04lld", version.assessmentId)
        return "\(enterprise.countyCode)-\(year)-\(number)"
    }

    /// The panel leader's name, or nil without a leader.
    package var leaderName: String? { panel.first { $0.role == .leader }?.name }

    /// The hazards still to be rectified (未整改 or 整改中) as they stand now: the follow-up list once signed.
    package var openHazards: [Hazard] {
        (followUp?.hazards ?? hazards).filter { $0.status == .open || $0.status == .rectifying }
    }
}
