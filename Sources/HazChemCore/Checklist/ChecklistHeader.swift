import Foundation

/// The common header of a checklist or criteria data file: identity, version, basis and status.
package struct ChecklistHeader: Sendable, Equatable, Codable {
    /// Whether a table is an official text or the project's own default.
    package enum Status: String, CaseIterable, Sendable, Codable {
        case official
        case localDefault = "local-default"

        /// 官方, 本地默认.
        package var label: String {
            switch self {
            case .official: "官方"
            case .localDefault: "本地默认"
            }
        }
    }

    /// Stable id, `[a-z0-9-]+`.
    package var id: String
    /// The title users read.
    package var title: String
    /// The version, as written in the file.
    package var version: String
    /// The document number or standard the table rests on.
    package var basis: String
    /// Official or the project's local default.
    package var status: Status
    /// The enterprise kinds the table applies to; empty for reference data.
    package var appliesTo: [EnterpriseKind]
    /// Free text shown to users, if any.
    package var note: String?

    /// Creates a header.
    package init(
        id: String, title: String, version: String, basis: String, status: Status,
        appliesTo: [EnterpriseKind] = [], note: String? = nil
    ) {
        self.id = id
        self.title = title
        self.version = version
        self.basis = basis
        self.status = status
        self.appliesTo = appliesTo
        self.note = note
    }
}
