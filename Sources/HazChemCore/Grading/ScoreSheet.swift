import Foundation

/// The result of scoring one set of answers: every applied rule, project subtotals, total and grade.
package struct ScoreSheet: Sendable, Equatable {
    /// One rule that was answered yes or with a count above zero.
    package struct Line: Sendable, Equatable {
        /// The rule.
        package var rule: GradingRule
        /// The answer given.
        package var answer: GradingAnswer
        /// value × count (value for a yes/no rule), before any cap; positive for deductions and bonuses alike.
        package var amount: Tenths
        /// The rule of the same tier that applies instead of this one (this line then counts for nothing).
        package var supersededBy: String?

        /// Creates a line.
        package init(rule: GradingRule, answer: GradingAnswer, amount: Tenths, supersededBy: String? = nil) {
            self.rule = rule
            self.answer = answer
            self.amount = amount
            self.supersededBy = supersededBy
        }

        /// Whether the line counts in its project (not superseded by a more severe tier rule).
        package var counts: Bool { supersededBy == nil }
    }

    /// One project's subtotals.
    package struct Project: Sendable, Equatable {
        /// The category id, such as "1".
        package var categoryId: String
        /// The category name.
        package var categoryName: String
        /// The project id, such as "1.2".
        package var id: String
        /// The project name.
        package var name: String
        /// The deduction cap, nil for none.
        package var cap: Tenths?
        /// Σ counted deductions before the cap.
        package var deductionBeforeCap: Tenths
        /// The deduction after the cap: min(deductionBeforeCap, cap).
        package var deducted: Tenths
        /// Σ bonuses (never capped).
        package var bonus: Tenths
        /// The answered rules of the project, in table order.
        package var lines: [Line]

        /// Creates a project subtotal.
        package init(
            categoryId: String, categoryName: String, id: String, name: String, cap: Tenths?,
            deductionBeforeCap: Tenths, deducted: Tenths, bonus: Tenths, lines: [Line]
        ) {
            self.categoryId = categoryId
            self.categoryName = categoryName
            self.id = id
            self.name = name
            self.cap = cap
            self.deductionBeforeCap = deductionBeforeCap
            self.deducted = deducted
            self.bonus = bonus
            self.lines = lines
        }

        /// Whether the cap cut the deductions (they summed to more than the cap).
        package var capReached: Bool { deductionBeforeCap > deducted }
    }

    /// The table's header.
    package var table: TableHeader
    /// The start score.
    package var start: Tenths
    /// Every project of the table in order, answered or not.
    package var projects: [Project]
    /// start − Σ deducted + Σ bonus, before flooring at 0.
    package var totalBeforeFloor: Tenths
    /// The total: totalBeforeFloor floored at 0, not capped at 100.
    package var total: Tenths
    /// The grade the bands give the total.
    package var scoreGrade: Grade
    /// The direct-red conditions found, in table order.
    package var directRed: [DirectRedCondition]
    /// The grade: red when any direct-red condition was found, else ``scoreGrade``.
    package var grade: Grade

    /// Creates a sheet; ``GradingEngine`` is the way to get a correct one.
    package init(
        table: TableHeader, start: Tenths, projects: [Project], totalBeforeFloor: Tenths, total: Tenths,
        scoreGrade: Grade, directRed: [DirectRedCondition], grade: Grade
    ) {
        self.table = table
        self.start = start
        self.projects = projects
        self.totalBeforeFloor = totalBeforeFloor
        self.total = total
        self.scoreGrade = scoreGrade
        self.directRed = directRed
        self.grade = grade
    }

    /// Σ project deductions after caps.
    package var totalDeducted: Tenths { projects.reduce(.zero) { $0 + $1.deducted } }
    /// Σ bonuses.
    package var totalBonus: Tenths { projects.reduce(.zero) { $0 + $1.bonus } }
    /// Every answered rule, in table order.
    package var lines: [Line] { projects.flatMap(\.lines) }
    /// The project with `id`, if any.
    package func project(_ id: String) -> Project? { projects.first { $0.id == id } }
    /// The disposition classes allowed for the grade (DOMAIN.md section 5).
    package var allowedDispositions: [DispositionClass] { DispositionPolicy.allowedClasses(for: grade) }
}
