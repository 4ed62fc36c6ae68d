import Foundation
import HazChemStore
import HazChemXLSX

extension RegisterRow {
    /// The register row of a stored enterprise with its latest assessment.
    package init(_ entry: RegisterEntry) {
        self.init(
            creditCode: entry.creditCode, name: entry.name, county: entry.countyName, kind: entry.kind,
            address: entry.address, principal: entry.principal, phone: entry.contactPhone,
            licenceNumber: entry.licenceNumber, licenceExpiry: entry.licenceExpiry,
            inChemicalPark: entry.inChemicalPark, majorHazardLevel: entry.majorHazardLevel,
            hazardousProcessCount: entry.hazardousProcessCount, standardisationLevel: entry.standardisationLevel,
            operatingStatus: entry.operatingStatus.label, lastAssessment: entry.lastAssessment,
            score: entry.score, grade: entry.grade, disposition: entry.disposition,
            openMajorHazards: entry.openMajorHazards)
        nextAssessment = entry.nextAssessment
        selfReactiveUnits = entry.selfReactiveUnits
    }
}

extension EnterpriseRegisterWriter {
    /// Writes the register of the stored enterprises (of one county when `countyCode` is given) straight from
    /// the database cursor, in constant memory; `progress` is called with the count after every 1,000 rows.
    /// Returns how many enterprises were written.
    @discardableResult
    package func write(
        from database: AppDatabase, countyCode: String? = nil, to url: URL, progress: ((Int) -> Void)? = nil
    ) throws -> Int {
        try database.withRegisterEntries(countyCode: countyCode) { entries in
            var count = 0
            let rows = entries.lazy.map { entry -> RegisterRow in
                count += 1
                if count % 1000 == 0 { progress?(count) }
                return RegisterRow(entry)
            }
            return try write(rows, to: url)
        }
    }
}
