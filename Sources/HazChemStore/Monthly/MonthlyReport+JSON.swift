import Foundation
import HazChemCore

extension MonthlyReport: Encodable {
    private enum CodingKeys: String, CodingKey {
        case month, periodStart, periodEnd, dueDate, asOf, county, prefecture, counties, total, enterprises
        case submissions, lateCounties
    }

    /// The keys documented in `docs/monthly-report.md` (English camelCase).
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(period.description, forKey: .month)
        try container.encode(period.firstDay, forKey: .periodStart)
        try container.encode(period.lastDay, forKey: .periodEnd)
        try container.encode(period.dueDate, forKey: .dueDate)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(countyCode, forKey: .county)
        try container.encode(
            prefectureCode.map { ["code": $0, "name": prefectureName ?? ""] }, forKey: .prefecture)
        try container.encode(counties, forKey: .counties)
        try container.encode(total, forKey: .total)
        try container.encode(enterprises, forKey: .enterprises)
        try container.encode(submissions, forKey: .submissions)
        try container.encode(lateCounties, forKey: .lateCounties)
    }

    /// The report as pretty-printed JSON with sorted keys.
    package func jsonText() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}

extension MonthlyCountyRow: Encodable {
    private enum CodingKeys: String, CodingKey {
        case code, name, inScope, month, cumulative, figures, reportStatus
    }

    /// `{code, name, inScope: {production, storage, tradingWithStorage, tradingWithoutStorage, total}, month,
    /// cumulative, figures: "locked"|"live", reportStatus}` (reportStatus on county rows only).
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(name, forKey: .name)
        var kinds = Dictionary(uniqueKeysWithValues: EnterpriseKind.allCases.map { ($0.rawValue, scope[$0]) })
        kinds["total"] = scope.total
        try container.encode(kinds, forKey: .inScope)
        try container.encode(month, forKey: .month)
        try container.encode(cumulative, forKey: .cumulative)
        try container.encode(isLocked ? "locked" : "live", forKey: .figures)
        if !isTotal { try container.encode(review.rawValue, forKey: .reportStatus) }
    }
}

extension MonthlyFigures: Encodable {
    private enum CodingKeys: String, CodingKey {
        case assessed, coverage, grades, dispositions, hazards, reportsOverdue, expertPersonTimes
        case regulatorPersonTimes, staffSpotChecked, staffPassed
    }

    private enum HazardKeys: String, CodingKey {
        case general, major, total, rectified, rectificationRate, overdue
    }

    /// Counts grouped as `grades`, `dispositions` and `hazards`; ratios as `{numerator, denominator, percent}`.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(assessed, forKey: .assessed)
        try container.encode(coverage, forKey: .coverage)
        try container.encode(
            ["red": red, "directRed": directRed, "orange": orange, "yellow": yellow, "blue": blue], forKey: .grades)
        try container.encode(
            [
                "closeOrSuspend": closeOrSuspend, "suspendAndRectify": suspendAndRectify, "close": close,
                "rectify": rectify, "consolidate": consolidate,
            ], forKey: .dispositions)
        var hazardContainer = container.nestedContainer(keyedBy: HazardKeys.self, forKey: .hazards)
        try hazardContainer.encode(generalHazards, forKey: .general)
        try hazardContainer.encode(majorHazards, forKey: .major)
        try hazardContainer.encode(hazards, forKey: .total)
        try hazardContainer.encode(rectifiedHazards, forKey: .rectified)
        try hazardContainer.encode(rectificationRate, forKey: .rectificationRate)
        try hazardContainer.encode(overdueHazards, forKey: .overdue)
        try container.encode(overdueReports, forKey: .reportsOverdue)
        try container.encode(expertPersonTimes, forKey: .expertPersonTimes)
        try container.encode(regulatorPersonTimes, forKey: .regulatorPersonTimes)
        try container.encode(staffSpotChecked, forKey: .staffSpotChecked)
        try container.encode(staffPassed, forKey: .staffPassed)
    }
}

extension MonthlyEnterpriseLine: Encodable {
    private enum CodingKeys: String, CodingKey {
        case enterpriseId, name, creditCode, kind, county, countyName, assessmentId, version, onSiteStart
        case onSiteEnd, inMonth, panelLeader, score, grade, directRed, directRedReason, hazardsFound, majorHazards
        case hazardsRectified, disposition, closureAction
    }

    /// Codes (`kind`, `grade`, `disposition`, `closureAction`) as their English code names; `score` as a number.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(enterpriseID, forKey: .enterpriseId)
        try container.encode(name, forKey: .name)
        try container.encode(creditCode, forKey: .creditCode)
        try container.encode(kind.rawValue, forKey: .kind)
        try container.encode(countyCode, forKey: .county)
        try container.encode(countyName, forKey: .countyName)
        try container.encode(assessmentID, forKey: .assessmentId)
        try container.encode(version, forKey: .version)
        try container.encode(onSiteStart, forKey: .onSiteStart)
        try container.encode(onSiteEnd, forKey: .onSiteEnd)
        try container.encode(inMonth, forKey: .inMonth)
        try container.encode(panelLeader, forKey: .panelLeader)
        try container.encode(score, forKey: .score)
        try container.encode(grade.rawValue, forKey: .grade)
        try container.encode(directRed.map(\.id), forKey: .directRed)
        try container.encode(directRedReason, forKey: .directRedReason)
        try container.encode(hazardsFound, forKey: .hazardsFound)
        try container.encode(majorHazards, forKey: .majorHazards)
        try container.encode(hazardsRectified, forKey: .hazardsRectified)
        try container.encode(disposition?.rawValue, forKey: .disposition)
        try container.encode(closureAction?.rawValue, forKey: .closureAction)
    }
}

extension MonthlySubmission: Encodable {
    private enum CodingKeys: String, CodingKey {
        case county, countyName, dueDate, submittedOn, status, statusLabel, late
    }

    /// `{county, countyName, dueDate, submittedOn, status, statusLabel, late}`.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(countyCode, forKey: .county)
        try container.encode(countyName, forKey: .countyName)
        try container.encode(dueDate, forKey: .dueDate)
        try container.encode(submittedOn, forKey: .submittedOn)
        try container.encode(status, forKey: .status)
        try container.encode(status.label, forKey: .statusLabel)
        try container.encode(status.isLate, forKey: .late)
    }
}
