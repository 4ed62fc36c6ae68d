import Foundation

/// The header every table file carries (`id`, `title`, `version`, `basis`, `status`, `applies_to`, `note`).
package struct TableHeader: Sendable, Equatable, Codable {
    /// Whether a table is an official document or the project's own default.
    package enum Status: String, Sendable, Equatable, Codable, CaseIterable {
        /// Published by an authority (e.g. 应急〔2018〕19号).
        case official
        /// Built by the project from national sources until a bureau supplies its official table.
        case localDefault = "local-default"

        /// 正式文件, 本地默认.
        package var label: String {
            switch self {
            case .official: "正式文件"
            case .localDefault: "本地默认（依据国家法规标准编制）"
            }
        }
    }

    /// Stable id, `[a-z0-9-]+`.
    package var id: String
    /// The title users read.
    package var title: String
    /// The version, such as "2018".
    package var version: String
    /// The document number or standard the table rests on.
    package var basis: String
    /// Official or local default.
    package var status: Status
    /// The enterprise kinds the table is for; empty for reference data.
    package var appliesTo: [EnterpriseKind]
    /// Optional free text shown to users.
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

    /// Whether `id` is a valid table id: lower-case ASCII letters, digits and hyphens.
    package static func isValidID(_ id: String) -> Bool {
        !id.isEmpty
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
