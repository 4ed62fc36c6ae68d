import Foundation
import HazChemDemo
import HazChemStore

/// A one-line progress bar on stderr for `hazchem demo`, drawn only when stderr is a terminal.
final class DemoProgressBar {
    private let enabled: Bool
    private var shown = -1

    /// Share of the whole run each phase takes, in percent, in phase order.
    private static let weights: [DemoCampaignPhase: (start: Int, span: Int)] = [
        .enterprises: (0, 10), .panels: (10, 5), .assessments: (15, 80), .finishing: (95, 5),
    ]

    /// Creates a bar; a disabled bar draws nothing.
    init(enabled: Bool) { self.enabled = enabled }

    /// Redraws the bar when the overall percentage changes.
    func update(_ progress: DemoCampaignProgress) {
        guard enabled, let weight = Self.weights[progress.phase] else { return }
        let percent = weight.start + weight.span * progress.done / max(progress.total, 1)
        guard percent != shown else { return }
        shown = percent
        let width = 30
        let filled = width * percent / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let line = "\r生成演示数据 \(bar) \(percent)% \(progress.phase.label) \(progress.done)/\(progress.total)   "
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Ends the bar's line.
    func finish() {
        if enabled, shown >= 0 { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
