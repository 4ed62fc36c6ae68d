import Foundation
import HazChemCore
import HazChemTables
import HazChemTestSupport

/// The shipped tables, loaded once through the real loader, and small builders for grading tests.
enum GradingFixtures {
    /// Checklists/production-storage.yaml (应急〔2018〕19号).
    static let productionStorageResult = Result { () throws(TableError) -> GradingTable in
        try GradingTableLoader.load(
            contentsOf: RepositoryPaths.checklists.appendingPathComponent("production-storage.yaml"))
    }

    /// Checklists/trading.yaml (local default).
    static let tradingResult = Result { () throws(TableError) -> GradingTable in
        try GradingTableLoader.load(contentsOf: RepositoryPaths.checklists.appendingPathComponent("trading.yaml"))
    }

    /// The shipped production/storage table.
    static func productionStorage() throws -> GradingTable { try productionStorageResult.get() }

    /// The shipped trading table.
    static func trading() throws -> GradingTable { try tradingResult.get() }

    /// Scores `answers` on the shipped production/storage table.
    static func score(_ answers: [String: GradingAnswer], directRed: [String] = []) throws -> ScoreSheet {
        let table = try productionStorage()
        return try GradingEngine(table: table).score(
            GradingAnswers(tableId: table.id, answers: answers, directRed: directRed))
    }

    /// Problems of `answers` on the shipped production/storage table.
    static func problems(_ answers: [String: GradingAnswer], directRed: [String] = []) throws -> [GradingError.Problem]
    {
        let table = try productionStorage()
        return GradingEngine(table: table).validate(
            GradingAnswers(tableId: table.id, answers: answers, directRed: directRed))
    }

    /// A small hand-built table: start 20, one capped project, one uncapped bonus project, bands 19号.
    static func miniTable(start: Int = 20) -> GradingTable {
        GradingTable(
            header: TableHeader(id: "mini", title: "测试表", version: "1", basis: "测试", status: .localDefault),
            start: Tenths(start),
            categories: [
                GradingCategory(
                    id: "1", name: "类别",
                    projects: [
                        GradingProject(
                            id: "1.1", name: "项目", cap: Tenths(10),
                            rules: [
                                GradingRule(id: "a", text: "甲", effect: .deduction, value: Tenths(8)),
                                GradingRule(id: "b", text: "乙", effect: .deduction, value: Tenths(6), per: .item),
                            ]),
                        GradingProject(
                            id: "1.2", name: "加分", cap: nil,
                            rules: [GradingRule(id: "c", text: "丙", effect: .bonus, value: Tenths(raw: 15))]),
                    ])
            ],
            directRed: [DirectRedCondition(id: "R1", text: "红")],
            bands: standardBands)
    }

    /// The 19号 bands.
    static let standardBands = [
        GradeBand(grade: .blue, min: Tenths(90)), GradeBand(grade: .yellow, min: Tenths(75)),
        GradeBand(grade: .orange, min: Tenths(60)), GradeBand(grade: .red, min: .zero),
    ]
}

extension GradingAnswer: ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral {
    package init(booleanLiteral value: Bool) { self = .flag(value) }
    package init(integerLiteral value: Int) { self = .count(value) }
}
