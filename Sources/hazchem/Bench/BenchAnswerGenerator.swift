import HazChemCore

/// Deterministic, varied and valid answers: about one rule in six answered, counts within max_count,
/// exclusive groups and conflict pairs respected, a direct-red condition now and then.
struct BenchAnswerGenerator {
    private var state: UInt64

    /// Creates a generator; the same seed gives the same answers.
    init(seed: UInt64) { state = seed }

    /// SplitMix64.
    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    /// One answer set for `table`.
    mutating func answers(for table: GradingTable) -> GradingAnswers {
        var answers: [String: GradingAnswer] = [:]
        var groups = Set<String>()
        var blocked = Set<String>()
        for entry in table.ruleEntries {
            let rule = entry.rule
            let roll = below(12)
            if roll == 0 { answers[rule.id] = rule.per == .fixed ? .flag(false) : .count(0) }
            guard roll >= 10, !blocked.contains(rule.id) else { continue }
            if rule.conflictsWith.contains(where: { answers[$0]?.applies == true }) { continue }
            if let group = rule.exclusive, !groups.insert(group).inserted { continue }
            switch rule.per {
            case .fixed: answers[rule.id] = .flag(true)
            case .item: answers[rule.id] = .count(1 + below(min(rule.maxCount ?? 3, 3)))
            }
            blocked.formUnion(rule.conflictsWith)
        }
        var directRed: [String] = []
        if !table.directRed.isEmpty, below(40) == 0 {
            directRed.append(table.directRed[below(table.directRed.count)].id)
        }
        return GradingAnswers(tableId: table.id, answers: answers, directRed: directRed)
    }
}
