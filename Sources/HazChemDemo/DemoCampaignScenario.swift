import Foundation
import HazChemCore
import HazChemStore

/// What happens to one demo assessment: the grade aimed at, the panel's findings and the report's timing.
struct DemoScenario: Sendable {
    /// Whether and how the signed assessment is corrected.
    enum Correction: Sendable {
        /// A second version is submitted and signed (and decided when time allows).
        case signed
        /// A second version is still being drafted.
        case draft
    }

    /// The grade aimed at.
    var target: DemoGradeTarget
    /// For red and orange: the panel finds the enterprise cannot be rectified.
    var notRectifiable = false
    /// The bureau's action when it then decides closeOrSuspend.
    var closure = ClosureAction.suspendAndRectify
    /// Days from the last on-site day to the report's submission; nil when the panel never submits it.
    var lag: Int?
    /// One expert has not signed the submitted report.
    var missingSignature = false
    /// A correction of the signed assessment.
    var correction: Correction?

    /// Grade weights by enterprise kind: producers are riskier than traders.
    private static func targets(_ kind: EnterpriseKind) -> [(DemoGradeTarget, Int)] {
        switch kind {
        case .production: [(.blue, 20), (.yellow, 45), (.orange, 22), (.red, 9), (.directRed, 4)]
        case .storage: [(.blue, 25), (.yellow, 45), (.orange, 20), (.red, 6), (.directRed, 4)]
        case .tradingWithStorage: [(.blue, 35), (.yellow, 42), (.orange, 15), (.red, 5), (.directRed, 3)]
        case .tradingWithoutStorage: [(.blue, 45), (.yellow, 38), (.orange, 11), (.red, 3), (.directRed, 3)]
        }
    }

    /// A scenario drawn for an enterprise of `kind`.
    static func random(_ kind: EnterpriseKind, _ random: inout DemoCampaignRandom) -> DemoScenario {
        let target = random.weighted(targets(kind))
        var scenario = DemoScenario(target: target, lag: random.int(in: 2...9))
        let unfit: Double = target == .red || target == .directRed ? 35 : target == .orange ? 10 : 0
        scenario.notRectifiable = random.chance(unfit)
        scenario.closure = random.chance(35) ? .close : .suspendAndRectify
        if random.chance(4) { scenario.lag = random.int(in: 11...25) }
        if random.chance(1) { scenario.lag = nil }
        scenario.missingSignature = random.chance(1.5)
        if random.chance(0.6) { scenario.correction = random.chance(75) ? .signed : .draft }
        return scenario
    }

    /// Scenarios given to early visits so that every grade, disposition, correction and lateness appears even
    /// in small runs, with the enterprise kind each prefers (nil: any).
    static let forced: [(scenario: DemoScenario, kind: EnterpriseKind?)] = [
        (DemoScenario(target: .blue, lag: 5), .tradingWithoutStorage),
        (DemoScenario(target: .yellow, lag: 6), nil),
        (DemoScenario(target: .orange, lag: 4), nil),
        (DemoScenario(target: .red, lag: 7), .production),
        (DemoScenario(target: .directRed, lag: 5), nil),
        (DemoScenario(target: .red, notRectifiable: true, closure: .close, lag: 6), nil),
        (DemoScenario(target: .orange, notRectifiable: true, closure: .suspendAndRectify, lag: 3), nil),
        (DemoScenario(target: .yellow, lag: 4, correction: .signed), nil),
        (DemoScenario(target: .orange, lag: 5, correction: .draft), nil),
        (DemoScenario(target: .yellow, lag: 16), nil),
        (DemoScenario(target: .yellow, lag: nil), nil),
        (DemoScenario(target: .blue, lag: 3, missingSignature: true), nil),
    ]
}
