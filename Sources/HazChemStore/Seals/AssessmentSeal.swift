import Foundation
import HazChemCore

/// What an assessment was signed with, kept when it is signed, and its verification code (报告校验码).
///
/// The rows a signed assessment is made of (the assessment's frozen columns, checklist responses, grading
/// answers, spot checks, signatures) are protected by triggers. What may legitimately change afterwards is kept
/// here as it stood at signing: the enterprise's name and credit code, the panel and its members' names,
/// organisations and specialties, and the hazard list with each hazard's status (follow-up changes the live
/// hazard rows, never the signed list). The code is derived from the SHA-256 of all of it
/// (``AssessmentSeal/canonicalText``), so a report printed before and after a follow-up carries the same code, and
/// `hazchem assessment verify CODE` can tell whether the stored content still matches.
package struct AssessmentSeal: Sendable, Equatable {
    /// The signed assessment version.
    package var assessmentID: Int64
    /// `XXXX-XXXX-XXXX-XXXX-XXXX`: the first 80 bits of ``contentHash`` in upper-case hexadecimal.
    package var code: String
    /// SHA-256 (hex) of the canonical content at signing.
    package var contentHash: String
    /// When it was sealed (server time).
    package var sealedAt: Date
    /// The parts kept as they stood at signing.
    package var content: SealedContent

    /// The code of a content hash.
    package static func code(ofHash hash: String) -> String {
        let head = Array(hash.uppercased().prefix(20))
        return stride(from: 0, to: head.count, by: 4).map { String(head[$0..<min($0 + 4, head.count)]) }
            .joined(separator: "-")
    }

    /// `text` as a code to look up: upper case, spaces and dashes ignored, regrouped; nil when it cannot be one.
    package static func normalisedCode(_ text: String) -> String? {
        let hex = text.uppercased().filter { !$0.isWhitespace && $0 != "-" }
        guard hex.count == 20, hex.allSatisfy({ $0.isHexDigit }) else { return nil }
        return code(ofHash: hex)
    }
}

/// The parts of a signed assessment that are kept as they stood at signing.
package struct SealedContent: Sendable, Equatable, Codable {
    /// The enterprise as named at signing.
    package struct EnterpriseName: Sendable, Equatable, Codable {
        package var name: String
        package var creditCode: String
    }

    /// One panel member at signing.
    package struct Member: Sendable, Equatable, Codable {
        package var expertID: Int64
        package var name: String
        package var organisation: String
        package var title: String
        package var specialty: Specialty
        package var role: String
    }

    /// The panel at signing.
    package struct Panel: Sendable, Equatable, Codable {
        package var name: String
        package var onSiteStart: String
        package var onSiteEnd: String
        package var members: [Member]
    }

    /// One hazard as it stood at signing.
    package struct SignedHazard: Sendable, Equatable, Codable {
        package var id: Int64
        package var itemID: String?
        package var description: String
        package var location: String
        package var basis: String
        package var level: HazardLevel
        package var criterionNumber: Int?
        package var measure: String
        package var deadline: String?
        package var responsiblePerson: String
        package var status: HazardStatus
    }

    package var enterprise: EnterpriseName
    package var panel: Panel?
    package var signedDate: String?
    package var hazards: [SignedHazard]

    /// The JSON stored (sorted keys, so the same content is always the same text).
    package func jsonText() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
