import Foundation

/// How an enterprise import treats bad rows and reports progress.
package struct EnterpriseImportOptions {
    /// Store the good rows even when some rows are bad (default: any bad row stores nothing).
    package var skipInvalid: Bool
    /// Where to write the rejected rows, with an added 错误原因 column, when `skipInvalid` is on.
    package var rejectedFile: URL?
    /// Called every ``EnterpriseImportPhase/interval`` rows and at the end of each phase.
    package var progress: ((EnterpriseImportProgress) -> Void)?
    /// When set, only enterprises of this county may be imported (a county bureau's upload): a row of another
    /// county, or a credit code already registered in another county, is a bad row.
    package var countyCode: String? = nil

    /// Creates options; by default all-or-nothing, no progress.
    package init(
        skipInvalid: Bool = false, rejectedFile: URL? = nil, progress: ((EnterpriseImportProgress) -> Void)? = nil,
        countyCode: String? = nil
    ) {
        self.countyCode = countyCode
        self.skipInvalid = skipInvalid
        self.rejectedFile = rejectedFile
        self.progress = progress
    }
}

/// How far an import has got.
package typealias EnterpriseImportProgress = StepProgress<EnterpriseImportPhase>

/// The phases of an import: checking the rows, then writing them.
package enum EnterpriseImportPhase: String, Sendable {
    case validating
    case writing

    /// Rows between two progress reports.
    package static let interval = 1000
}

/// What an import did.
package struct EnterpriseImportSummary: Sendable, Equatable, Codable {
    /// Data rows in the file (blank rows not counted).
    package var rows: Int
    /// New enterprises stored.
    package var inserted: Int
    /// Existing enterprises (same credit code) whose particulars changed.
    package var updated: Int
    /// Existing enterprises whose particulars were already the same.
    package var unchanged: Int
    /// Rows refused (only with `skipInvalid`; otherwise the import throws).
    package var rejected: Int
    /// Where the rejected rows were written, if anywhere.
    package var rejectedFile: String?
    /// Every problem of the rejected rows, in row order (not audited: the audit keeps the counts).
    package var rejectedProblems: [StoreError.Problem] = []

    enum CodingKeys: String, CodingKey {
        case rows, inserted, updated, unchanged, rejected, rejectedFile
    }

    /// Creates a summary.
    package init(rows: Int, inserted: Int, updated: Int, unchanged: Int, rejected: Int, rejectedFile: String? = nil) {
        self.rows = rows
        self.inserted = inserted
        self.updated = updated
        self.unchanged = unchanged
        self.rejected = rejected
        self.rejectedFile = rejectedFile
    }
}
