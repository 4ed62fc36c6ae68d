/// How far a long run (an import, the demo generator) has got: the current step and the items done in it.
package struct StepProgress<Phase: Hashable & Sendable>: Sendable, Equatable {
    /// The current step.
    package var phase: Phase
    /// Items done in this step.
    package var done: Int
    /// Items in this step.
    package var total: Int

    /// Creates a progress report.
    package init(phase: Phase, done: Int, total: Int) {
        self.phase = phase
        self.done = done
        self.total = total
    }
}
