import Foundation
import GRDB
import HazChemCore

/// What `hazchem assessment verify` reports about a verification code.
package struct SealVerification: Sendable, Equatable {
    package var seal: AssessmentSeal
    /// The assessment version sealed.
    package var version: Int
    /// The day it was signed.
    package var signedDate: LocalDate?
    /// Whether the stored content still hashes to the sealed hash.
    package var matches: Bool
}

extension AppDatabase {
    /// The seal of assessment `id`, nil while it is not signed.
    package func seal(assessmentID id: Int64) throws(StoreError) -> AssessmentSeal? {
        try read { db in try AssessmentSeal.fetch(db, assessmentID: id) }
    }

    /// Looks up a verification code (spaces, dashes and case ignored) and checks the stored content against it;
    /// an invalid or unknown code is refused (`invalidInput`, `notFound`).
    package func verifySeal(code text: String) throws(StoreError) -> SealVerification {
        guard let code = AssessmentSeal.normalisedCode(text) else {
            throw StoreError(
                .invalidInput, field: "报告校验码",
                message: "“\(text)”不是有效的报告校验码（应为20位十六进制字符，如 1A2B-3C4D-5E6F-7A8B-9C0D）")
        }
        return try read { db in
            guard let seal = try AssessmentSeal.fetch(db, code: code) else {
                throw StoreError(
                    .notFound, field: "报告校验码", message: "报告校验码 \(code) 不存在：本系统没有签署过带此校验码的评估报告，请核对")
            }
            let row = try Row.fetchOne(
                db, sql: "SELECT version, signed_date FROM assessment WHERE id = ?", arguments: [seal.assessmentID])
            return SealVerification(
                seal: seal, version: row?["version"] ?? 0,
                signedDate: (row?["signed_date"] as String?).flatMap(LocalDate.init(parsing:)),
                matches: try seal.matches(db))
        }
    }
}
