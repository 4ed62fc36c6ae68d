import Foundation
import HazChemStore

/// The demo campaign's own pseudo-random generator: xoshiro256** seeded through SplitMix64.
///
/// Deterministic on every platform and Swift version (the standard library's `random(in:using:)` and
/// `shuffled(using:)` may change their algorithms, so this type draws its own integers and shuffles).
/// Each enterprise and purpose gets its own stream (``init(seed:stream:index:)``), so a figure of one
/// enterprise never depends on how many numbers another one drew.
struct DemoCampaignRandom {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    /// A generator for `seed`, one `stream` (a purpose such as enterprises or assessments) and `index` in it.
    init(seed: UInt64, stream: UInt64, index: Int = 0) {
        var mixer =
            seed &+ stream &* 0xD134_2543_DE82_EF95 &+ UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15
        func splitMix() -> UInt64 {
            mixer &+= 0x9E37_79B9_7F4A_7C15
            var z = mixer
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (splitMix(), splitMix(), splitMix(), splitMix())
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        let result = rotate(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotate(state.3, 45)
        return result
    }

    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A uniform integer in `0..<bound` (`bound` > 0), by rejection so every value is equally likely.
    mutating func int(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let b = UInt64(bound)
        let limit = UInt64.max - UInt64.max % b
        while true {
            let x = next()
            if x < limit { return Int(x % b) }
        }
    }

    /// A uniform integer in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + int(below: range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `percent` / 100 (tenths of a percent allowed: 2.5).
    mutating func chance(_ percent: Double) -> Bool {
        Double(int(below: 1000)) < percent * 10
    }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T { items[int(below: items.count)] }

    /// One element of `items` with probability proportional to its weight (weights ≥ 0, not all 0).
    mutating func weighted<T>(_ items: [(T, Int)]) -> T {
        var roll = int(below: items.reduce(0) { $0 + $1.1 })
        for (item, weight) in items {
            if roll < weight { return item }
            roll -= weight
        }
        return items[items.count - 1].0
    }

    /// The elements in a random order (Fisher–Yates).
    mutating func shuffled<T>(_ items: [T]) -> [T] {
        var result = items
        if result.count < 2 { return result }
        for i in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(i, int(below: i + 1))
        }
        return result
    }

    /// `count` distinct elements of `items` (all of them when there are fewer), in a random order.
    mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        Array(shuffled(items).prefix(max(0, count)))
    }
}
