/// Enterprises in scope of the campaign in one county (or in total), by kind.
///
/// In scope (decision): every stored enterprise whose operating status is not 关闭, plus closed ones that
/// have a counted assessment by the end of the month, so that closures ordered by the campaign never shrink
/// the coverage denominator below the enterprises already assessed.
package struct MonthlyScope: Hashable, Sendable {
    /// 生产.
    package var production = 0
    /// 储存.
    package var storage = 0
    /// 经营(带储存).
    package var tradingWithStorage = 0
    /// 经营(不带储存).
    package var tradingWithoutStorage = 0

    /// Creates an empty scope.
    package init() {}

    /// All kinds together.
    package var total: Int { production + storage + tradingWithStorage + tradingWithoutStorage }

    /// The count of one kind.
    package subscript(kind: EnterpriseKind) -> Int {
        get {
            switch kind {
            case .production: production
            case .storage: storage
            case .tradingWithStorage: tradingWithStorage
            case .tradingWithoutStorage: tradingWithoutStorage
            }
        }
        set {
            switch kind {
            case .production: production = newValue
            case .storage: storage = newValue
            case .tradingWithStorage: tradingWithStorage = newValue
            case .tradingWithoutStorage: tradingWithoutStorage = newValue
            }
        }
    }

    /// Kind-by-kind sums.
    package static func + (lhs: MonthlyScope, rhs: MonthlyScope) -> MonthlyScope {
        var sum = MonthlyScope()
        for kind in EnterpriseKind.allCases { sum[kind] = lhs[kind] + rhs[kind] }
        return sum
    }
}
