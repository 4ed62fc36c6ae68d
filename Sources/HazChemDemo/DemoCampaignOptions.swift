import Foundation
import HazChemStore

/// What `hazchem demo` generates: how many enterprises, from which seed, with which tables.
package struct DemoCampaignOptions {
    /// Enterprises to generate (at least 1).
    package var enterprises: Int
    /// The seed: the same seed and count give the same campaign, row for row.
    package var seed: UInt64
    /// The tables directory (`Checklists/`): grading tables, checklists, criteria and GB 18218 reference data.
    package var tablesDirectory: URL
    /// Hashes the demo users' password; nil creates no users.
    package var hasher: (any PasswordHasher)?
    /// Called as the run progresses (about a hundred times).
    package var progress: ((DemoCampaignProgress) -> Void)?

    /// Creates options.
    package init(
        enterprises: Int = 600, seed: UInt64 = 2019, tablesDirectory: URL, hasher: (any PasswordHasher)? = nil,
        progress: ((DemoCampaignProgress) -> Void)? = nil
    ) {
        self.enterprises = enterprises
        self.seed = seed
        self.tablesDirectory = tablesDirectory
        self.hasher = hasher
        self.progress = progress
    }
}

/// How far a demo run has got.
package typealias DemoCampaignProgress = StepProgress<DemoCampaignPhase>

/// The steps of a demo run, in order.
package enum DemoCampaignPhase: String, Sendable, CaseIterable {
    case enterprises
    case panels
    case assessments
    case finishing

    /// 企业, 专家和专家组, 评估, 月报和用户.
    package var label: String {
        switch self {
        case .enterprises: "企业"
        case .panels: "专家和专家组"
        case .assessments: "评估"
        case .finishing: "月报和用户"
        }
    }
}
