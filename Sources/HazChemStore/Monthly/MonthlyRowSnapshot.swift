import Foundation
import HazChemCore

/// A county's monthly figures as they stood when the county submitted them (`monthly_submission.figures_json`).
///
/// Stored as JSON objects keyed by figure name, so that adding a figure later leaves old snapshots readable
/// (a figure missing from a snapshot reads as 0).
struct MonthlyRowSnapshot: Codable, Equatable {
    /// The county code.
    var code: String
    /// The county name.
    var name: String
    /// Enterprises in scope by kind (raw values).
    var scope: [String: Int]
    /// The month's figures by name.
    var month: [String: Int]
    /// The cumulative figures by name.
    var cumulative: [String: Int]
    /// The county's per-enterprise lines as submitted; nil in snapshots stored before the lines were kept.
    var enterprises: [Line]?

    /// One per-enterprise line, in plain values.
    struct Line: Codable, Equatable {
        var enterpriseID: Int64
        var name: String
        var creditCode: String
        var kind: EnterpriseKind
        var countyCode: String
        var countyName: String
        var assessmentID: Int64
        var version: Int
        var onSiteStart: String?
        var onSiteEnd: String
        var inMonth: Bool
        var panelLeader: String?
        var scoreTenths: Int
        var grade: Grade
        var directRed: [DirectRedCondition]
        var hazardsFound: Int
        var majorHazards: Int
        var hazardsRectified: Int
        var disposition: DispositionClass?
        var closureAction: ClosureAction?

        init(_ line: MonthlyEnterpriseLine) {
            (enterpriseID, name, creditCode, kind) = (line.enterpriseID, line.name, line.creditCode, line.kind)
            (countyCode, countyName, assessmentID, version) =
                (line.countyCode, line.countyName, line.assessmentID, line.version)
            (onSiteStart, onSiteEnd, inMonth) = (
                line.onSiteStart?.description, line.onSiteEnd.description, line.inMonth
            )
            (panelLeader, scoreTenths, grade, directRed) = (
                line.panelLeader, line.score.raw, line.grade, line.directRed
            )
            (hazardsFound, majorHazards, hazardsRectified) = (
                line.hazardsFound, line.majorHazards, line.hazardsRectified
            )
            (disposition, closureAction) = (line.disposition, line.closureAction)
        }

        /// The line again; nil when a stored date cannot be read.
        var line: MonthlyEnterpriseLine? {
            guard let end = LocalDate(parsing: onSiteEnd) else { return nil }
            return MonthlyEnterpriseLine(
                enterpriseID: enterpriseID, name: name, creditCode: creditCode, kind: kind, countyCode: countyCode,
                countyName: countyName, assessmentID: assessmentID, version: version,
                onSiteStart: onSiteStart.flatMap(LocalDate.init(parsing:)), onSiteEnd: end, inMonth: inMonth,
                panelLeader: panelLeader, score: Tenths(raw: scoreTenths), grade: grade, directRed: directRed,
                hazardsFound: hazardsFound, majorHazards: majorHazards, hazardsRectified: hazardsRectified,
                disposition: disposition, closureAction: closureAction)
        }
    }

    /// The figures that are stored, by their JSON names.
    static var figures: [(name: String, path: WritableKeyPath<MonthlyFigures, Int>)] {
        [
            ("inScope", \.inScope), ("assessed", \.assessed), ("red", \.red), ("directRed", \.directRed),
            ("orange", \.orange), ("yellow", \.yellow), ("blue", \.blue), ("closeOrSuspend", \.closeOrSuspend),
            ("suspendAndRectify", \.suspendAndRectify), ("close", \.close), ("rectify", \.rectify),
            ("consolidate", \.consolidate), ("generalHazards", \.generalHazards), ("majorHazards", \.majorHazards),
            ("rectifiedHazards", \.rectifiedHazards), ("overdueHazards", \.overdueHazards),
            ("overdueReports", \.overdueReports), ("expertPersonTimes", \.expertPersonTimes),
            ("regulatorPersonTimes", \.regulatorPersonTimes), ("staffSpotChecked", \.staffSpotChecked),
            ("staffPassed", \.staffPassed),
        ]
    }

    /// The snapshot of a computed row and the county's enterprise lines.
    init(_ row: MonthlyCountyRow, enterprises: [MonthlyEnterpriseLine]) {
        self.enterprises = enterprises.map(Line.init)
        code = row.code
        name = row.name
        scope = Dictionary(uniqueKeysWithValues: EnterpriseKind.allCases.map { ($0.rawValue, row.scope[$0]) })
        month = Self.encode(row.month)
        cumulative = Self.encode(row.cumulative)
    }

    /// The enterprise lines again (nil: not stored).
    var lines: [MonthlyEnterpriseLine]? { enterprises.map { $0.compactMap(\.line) } }

    /// The row again.
    var row: MonthlyCountyRow {
        var kinds = MonthlyScope()
        for kind in EnterpriseKind.allCases { kinds[kind] = scope[kind.rawValue] ?? 0 }
        return MonthlyCountyRow(
            code: code, name: name, scope: kinds, month: Self.decode(month), cumulative: Self.decode(cumulative))
    }

    /// The JSON text stored.
    func jsonText() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// The snapshot in `text`, nil when it is not one.
    static func parse(_ text: String?) -> MonthlyRowSnapshot? {
        guard let text else { return nil }
        return try? JSONDecoder().decode(MonthlyRowSnapshot.self, from: Data(text.utf8))
    }

    private static func encode(_ figures: MonthlyFigures) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: Self.figures.map { ($0.name, figures[keyPath: $0.path]) })
    }

    private static func decode(_ values: [String: Int]) -> MonthlyFigures {
        var figures = MonthlyFigures()
        for (name, path) in Self.figures { figures[keyPath: path] = values[name] ?? 0 }
        return figures
    }
}
