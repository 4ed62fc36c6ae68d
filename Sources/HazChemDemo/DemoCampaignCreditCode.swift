import Foundation
import HazChemCore
import HazChemStore

/// Builds valid unified social credit codes (GB 32100-2015) for demo enterprises.
///
/// Layout: `9` (registered by market regulation) `1` (enterprise), the county's six-digit GB/T 2260 code, a
/// nine-character organisation code (eight digits and its GB 11714 check character), and the GB 32100 check
/// character. The eight digits are `(index × 48271 + seed) mod 10⁸`, a bijection, so codes never repeat.
enum DemoCampaignCreditCode {
    /// The code of enterprise `index` of a run with `seed` in `county`.
    static func make(county: String, index: Int, seed: UInt64) -> CreditCode {
        let digits = (index * 48_271 + Int(seed % 100_000_000)) % 100_000_000
        let body = String(100_000_000 + digits).dropFirst()
        let organisation = body + String(organisationCheck(Array(body)))
        let first17 = "91" + county + organisation
        guard let valid = CreditCode.completing(first17) else {
            preconditionFailure("demo credit code \(first17) is invalid")
        }
        return valid
    }

    /// The GB 11714 check character of eight digits: 11 − Σ digit × weight mod 11, 10 → X, 11 → 0.
    static func organisationCheck(_ digits: [Character]) -> Character {
        let weights = [3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0.wholeNumberValue! * $1.1 }
        switch 11 - sum % 11 {
        case 10: return "X"
        case 11: return "0"
        case let c: return Character(String(c))
        }
    }
}
