import Foundation
import HazChemCore

/// What an inventory import stored: the units replaced, the computation and the enterprise's levels.
package struct HazardUnitImportSummary: Sendable, Equatable {
    /// The file name as given.
    package var file: String
    /// The enterprise name the file gives (YAML `enterprise:`), for a mismatch warning; nil when absent.
    package var fileEnterprise: String?
    /// How many units the enterprise had before.
    package var previousUnitCount: Int
    /// False when the file held exactly the stored units (nothing was rewritten).
    package var unitsChanged: Bool
    /// The enterprise's major hazard levels before the import.
    package var previousLevels: [Int]
    /// The enterprise as stored afterwards, with the levels of ``assessment``.
    package var enterprise: Enterprise
    /// The identification and grading of the imported units.
    package var assessment: MajorHazardAssessment

    /// Creates a summary.
    package init(
        file: String, fileEnterprise: String?, previousUnitCount: Int, unitsChanged: Bool, previousLevels: [Int],
        enterprise: Enterprise, assessment: MajorHazardAssessment
    ) {
        self.file = file
        self.fileEnterprise = fileEnterprise
        self.previousUnitCount = previousUnitCount
        self.unitsChanged = unitsChanged
        self.previousLevels = previousLevels
        self.enterprise = enterprise
        self.assessment = assessment
    }

    /// Whether the import changed the enterprise's levels.
    package var levelsChanged: Bool { previousLevels != enterprise.majorHazardLevels }
}
